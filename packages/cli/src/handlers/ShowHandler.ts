import type { EntityKind, StoredWithHistory } from "@remit/core";
import { ENTITY_KINDS, RecordId, formatTimestampIn, isEntityKind, storedWithHistory } from "@remit/core";
import { Effect } from "effect";
import { stringify } from "yaml";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput, usageError } from "../failure/CliFailure";
import { heading } from "../output/Labels";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { tableLines } from "../output/TableLines";
import { cliMessage, named, say, sayPlain } from "../messages/CliMessage";

/** The arguments of `remit show`. */
export interface ShowInput {
  readonly reference: string;
  /** Which kind to show when the id names records of several kinds. */
  readonly kind?: string;
}

/** The record the reference names, or why not, in the words of `remit show`. */
function shownRecord(input: ShowInput, kind: EntityKind | undefined) {
  return storedWithHistory(input.reference, kind).pipe(
    Effect.mapError((problem) => {
      if (problem._tag === "AmbiguousId") {
        return usageError(
          cliMessage("failure.ambiguousId", {
            id: input.reference,
            kinds: problem.kinds.join(", "),
            kind: problem.kinds[0] ?? "KIND",
          }),
        );
      }
      if (problem._tag !== "NotFound") return problem;
      if (kind !== undefined && kind !== "mandate") {
        return invalidInput([named(cliMessage("failure.noSuchRecordOfKind", { kind, id: input.reference }))]);
      }
      // A reference written as an id names no record; any other was looked up as a mandate's symbol or citation.
      return RecordId.safeParse(input.reference).success
        ? invalidInput([named(cliMessage("failure.noSuchRecord", { id: input.reference }))])
        : problem;
    }),
  );
}

function printShown(context: CliContext, output: StoredWithHistory) {
  if (context.output === "json") return printJson(output);
  if (context.output === "jsonl") return printJsonLines([output]);
  const language = context.language;
  const head = say(language, "show.head", {
    kind: output.kind,
    id: output.id,
    revision: output.revision,
    created: formatTimestampIn(output.createdAt, language),
    updated: formatTimestampIn(output.updatedAt, language),
    by: output.updatedBy,
  });
  const history = {
    columns: [
      { heading: heading("revision", context.language), align: "right" as const },
      { heading: heading("action", context.language) },
      { heading: heading("actor", context.language) },
      { heading: heading("at", context.language) },
    ],
    rows: output.history.map((entry) => [
      String(entry.revision),
      say(language, "show.action", { action: entry.action }),
      entry.actor,
      formatTimestampIn(entry.at, language),
    ]),
  };
  const historyLines = tableLines(context, history);
  return printLines([
    head,
    "",
    // The record in full as YAML (every field, every language of a text), as stored: Arabic in its logical order.
    ...stringify(output.record, { lineWidth: 0 })
      .trimEnd()
      .split("\n")
      .map((line) => `  ${line}`),
    "",
    sayPlain(language, "show.history"),
    ...historyLines.map((line) => `  ${line}`),
  ]);
}

/**
 * `remit show ID|SYMBOL`: one record in full with its revision and its audit trail. The
 * reference is an id of any kind (`ccpcj-30`, `a-res-74-173`) or a mandate's symbol or
 * citation (`A/RES/74/173`, "CCPCJ resolution 22/8"). An id that names records of several
 * kinds asks for `--kind`.
 */
export const showHandler = (input: ShowInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      if (input.kind !== undefined && !isEntityKind(input.kind)) {
        return yield* Effect.fail(
          usageError(cliMessage("cli.kind", { flag: "--kind", value: input.kind, kinds: ENTITY_KINDS.join(", ") })),
        );
      }
      yield* printShown(context, yield* shownRecord(input, input.kind));
    }),
  );
