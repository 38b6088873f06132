import type { ExportFormat } from "@remit/export/formats";
import { Effect } from "effect";
import { handleWithStore } from "../command/Handle";
import { usageError } from "../failure/CliFailure";
import { printJson, printNote } from "../output/Stdout";
import { recordsProgress } from "../output/RecordsProgress";
import { filterOf, filterTerms, inapplicableFilters, type ListFilterFlags } from "../handlers/ListFlags";
import { entityFlag } from "../exchange/EntityFlag";
import { writeOutput } from "./OutputTarget";
import { say } from "../messages/CliMessage";

/** The arguments and flags of `remit export`. */
export interface ExportInput extends ListFilterFlags {
  readonly format: ExportFormat;
  readonly entity?: string;
  readonly output?: string;
  /** Start CSV with a byte order mark, for Excel. */
  readonly bom: boolean;
}

/** The kinds to export (`exportKinds`: --entity, else activities when filtered, else what the format holds). */
function kindsOf(input: ExportInput, filtered: boolean) {
  return Effect.gen(function* () {
    const { exportKinds } = yield* Effect.promise(() => import("@remit/export/formats"));
    const kind = yield* entityFlag(input.entity);
    const kinds = exportKinds(input.format, { ...(kind === undefined ? {} : { kind }), filtered });
    if (!kinds.ok) {
      const instead = input.entity === undefined ? "" : " (or drop --entity)";
      return yield* Effect.fail(usageError(`${kinds.error.message}${instead}`));
    }
    return kinds.value;
  });
}

/** The activity filter of the flags (with --mandate resolved), or none. */
function activityFilter(filters: ListFilterFlags) {
  return Effect.gen(function* () {
    const wrong = inapplicableFilters("activities", filters);
    if (wrong !== undefined) return yield* Effect.fail(wrong);
    return yield* filterOf("activity", filters);
  });
}

/**
 * `remit export FORMAT`: records as CSV, XLSX, a JSON document, JSON Lines, an IATI 2.03
 * activity file or an iCalendar of sessions (`@remit/export/formats`), to `-o FILE` (written
 * atomically) or stdout. The list filters select activities. Records are streamed from the
 * store a page at a time, with a progress bar (records and rate) on a terminal.
 */
export const exportHandler = (input: ExportInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      const kinds = yield* kindsOf(input, Object.keys(filterTerms(input)).length > 0);
      const filter = kinds.includes("activity") ? yield* activityFilter(input) : {};
      const label =
        input.output === undefined
          ? say(context.language, "progress.exporting", { format: input.format })
          : say(context.language, "progress.exportingTo", { format: input.format, file: input.output });
      const bar = recordsProgress(context, label);
      let records = 0;
      const { FORMAT_FILES, exportStore } = yield* Effect.promise(() => import("@remit/export/formats"));
      const output = yield* exportStore(input.format, kinds, filter, {
        bom: input.bom,
        language: context.language,
        onRecord: () => bar.update((records += 1)),
      });
      const bytes = yield* writeOutput(input.output, output, {
        binary: FORMAT_FILES[input.format].binary,
        format: input.format.toUpperCase(),
      }).pipe(Effect.ensuring(Effect.sync(() => bar.finish())));
      const summary = {
        format: input.format,
        kinds,
        records,
        bytes,
        ...(input.output === undefined ? {} : { file: input.output }),
      };
      if (input.output !== undefined && context.output === "json") return yield* printJson(summary);
      if (!context.quiet && input.output !== undefined) {
        yield* printNote(
          say(context.language, "outcome.exported", {
            records,
            kinds: kinds.join(", "),
            format: input.format,
            file: input.output,
            bytes,
          }),
        );
      }
    }),
  );
