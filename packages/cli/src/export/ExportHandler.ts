import type { ActivityFilter, CsvKind, EntityKind, StoreShape } from "@remit/core";
import { ENTITY_KINDS, Store } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { CliFailure, usageError } from "../failure/CliFailure";
import { kindOfWord, kindWords } from "../exchange/KindDetection";
import { printJson, printNote } from "../output/Stdout";
import { progressBar } from "../output/ProgressBar";
import { activityFilterOf, inapplicableFilters, type ListFilterFlags } from "../query/ListFilters";
import { findMandate } from "../query/StoredRecords";
import { writeOutput, type Output } from "./OutputTarget";
import { collect, streamActivities, streamKind, type OnRecord } from "./StoreStreams";

/** The formats of `remit export`. */
export const EXPORT_FORMATS = ["csv", "xlsx", "json", "jsonl", "iati", "ics"] as const;
/** One of the formats of `remit export`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The arguments and flags of `remit export`. */
export interface ExportInput extends ListFilterFlags {
  readonly format: ExportFormat;
  readonly entity?: string;
  readonly output?: string;
  /** Start CSV with a byte order mark, for Excel. */
  readonly bom: boolean;
}

const TABULAR: readonly CsvKind[] = [
  "body",
  "session",
  "mandate",
  "instrument",
  "activity",
  "indicator",
  "observation",
];

function filtersOf(input: ExportInput): ListFilterFlags {
  const { format: _format, entity: _entity, output: _output, bom: _bom, ...filters } = input;
  return filters;
}

function hasFilters(filters: ListFilterFlags): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** The kinds to export: --entity, else activities when filtered, else what the format holds. */
function kindsOf(input: ExportInput, filters: ListFilterFlags): readonly EntityKind[] | CliFailure {
  if (input.entity !== undefined) {
    const kind = kindOfWord(input.entity);
    if (kind === undefined)
      return usageError(`--entity ${JSON.stringify(input.entity)} is not a kind of record; use one of ${kindWords()}`);
    if (hasFilters(filters) && kind !== "activity")
      return usageError(`the filters apply to activities; drop them to export ${kind} records`);
    if (input.format === "ics" && kind !== "session")
      return usageError(`an iCalendar holds sessions, not ${kind} records; drop --entity or use another format`);
    if (input.format === "iati" && kind !== "activity")
      return usageError(`an IATI file holds activities, not ${kind} records; drop --entity or use another format`);
    if ((input.format === "csv" || input.format === "xlsx") && !(TABULAR as readonly string[]).includes(kind)) {
      return usageError(
        `${kind} records do not fit a table (they nest lists of their own); export them as json or jsonl`,
      );
    }
    return [kind];
  }
  if (input.format === "ics")
    return hasFilters(filters)
      ? usageError("the filters select activities; an iCalendar holds every session")
      : ["session"];
  if (hasFilters(filters) || input.format === "csv" || input.format === "iati") return ["activity"];
  return input.format === "xlsx" ? TABULAR : ENTITY_KINDS;
}

/** The activity filter of the flags (with --mandate resolved), or none. */
function activityFilter(filters: ListFilterFlags) {
  return Effect.gen(function* () {
    const wrong = inapplicableFilters("activities", filters);
    if (wrong !== undefined) return yield* Effect.fail(wrong);
    const mandateId = filters.mandate === undefined ? undefined : (yield* findMandate(filters.mandate)).id;
    const filter = activityFilterOf(filters, mandateId);
    if (filter instanceof CliFailure) return yield* Effect.fail(filter);
    return filter;
  });
}

function streamOf(
  store: StoreShape,
  kind: EntityKind,
  filter: ActivityFilter,
  onRecord: OnRecord,
): AsyncGenerator<unknown> {
  return kind === "activity" ? streamActivities(store, filter, onRecord) : streamKind(store, kind, onRecord);
}

/** The renderer of each format, imported only when that format is asked for. */
async function render(
  format: ExportFormat,
  store: StoreShape,
  kinds: readonly EntityKind[],
  filter: ActivityFilter,
  onRecord: OnRecord,
  context: CliContext,
  bom: boolean,
): Promise<Output> {
  switch (format) {
    case "csv": {
      const { exportCsv } = await import("@remit/export/csv");
      const kind = kinds[0] as CsvKind;
      return exportCsv(kind, streamOf(store, kind, filter, onRecord) as never, { bom });
    }
    case "xlsx": {
      const { exportXlsx } = await import("@remit/export/xlsx");
      return exportXlsx(
        kinds.map((kind) => ({ kind: kind as CsvKind, records: streamOf(store, kind, filter, onRecord) as never })),
      );
    }
    case "json": {
      const { exportJsonDocument } = await import("@remit/export/json");
      return exportJsonDocument(
        Object.fromEntries(kinds.map((kind) => [kind, streamOf(store, kind, filter, onRecord)])),
      );
    }
    case "jsonl": {
      const { exportJsonLines, exportKindedJsonLines } = await import("@remit/export/json");
      const [only] = kinds;
      if (kinds.length === 1 && only !== undefined)
        return exportJsonLines(only, streamOf(store, only, filter, onRecord) as never);
      return exportKindedJsonLines(
        (async function* () {
          for (const kind of kinds)
            for await (const record of streamOf(store, kind, filter, onRecord)) yield { kind, record } as never;
        })(),
      );
    }
    case "iati": {
      const { exportIati, withObservations } = await import("@remit/export/iati");
      const [activities, observations, mandates, indicators, bodies] = await Promise.all([
        collect(streamActivities(store, filter, onRecord)),
        collect(streamKind(store, "observation")),
        collect(streamKind(store, "mandate")),
        collect(streamKind(store, "indicator")),
        collect(streamKind(store, "body")),
      ]);
      return exportIati(withObservations(activities, observations), { mandates, indicators, bodies });
    }
    case "ics": {
      const { exportICalendar } = await import("@remit/export/ical");
      const [sessions, bodies] = await Promise.all([
        collect(streamKind(store, "session", onRecord)),
        collect(streamKind(store, "body")),
      ]);
      return exportICalendar(sessions, { bodies, language: context.language });
    }
  }
}

/**
 * `remit export FORMAT`: records as CSV, XLSX, a JSON document, JSON Lines, an IATI 2.03
 * activity file or an iCalendar of sessions, to `-o FILE` (written atomically) or stdout.
 * The list filters select activities. Records are streamed from the store a page at a time,
 * with a progress bar (records and rate) on a terminal.
 */
export const exportHandler = (input: ExportInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      const filters = filtersOf(input);
      const kinds = kindsOf(input, filters);
      if (kinds instanceof CliFailure) return yield* Effect.fail(kinds);
      const filter = kinds.includes("activity") ? yield* activityFilter(filters) : {};
      const store = yield* Store;
      const bar = progressBar(`exporting ${input.format}${input.output === undefined ? "" : ` to ${input.output}`}`, {
        enabled: context.progress,
        unit: "records",
      });
      let records = 0;
      const onRecord = () => bar.update((records += 1));
      const output = yield* Effect.promise(() =>
        render(input.format, store, kinds, filter, onRecord, context, input.bom),
      );
      const bytes = yield* writeOutput(input.output, output, {
        binary: input.format === "xlsx",
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
          `Exported ${records.toLocaleString("en")} records (${kinds.join(", ")}) as ${input.format} to ${input.output} (${bytes.toLocaleString("en")} bytes).`,
        );
      }
    }),
  );
