import type { AuditEntry, EntityKind, Stored } from "@remit/core";
import { ENTITY_KINDS, Store } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput, usageError } from "../failure/CliFailure";
import { heading } from "../output/Labels";
import { renderRecordTree } from "../output/RecordTree";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { renderPlain, renderTable } from "../output/Table";

/** The arguments of `remit show`. */
export interface ShowInput {
  readonly reference: string;
  /** Which kind to show when the id names records of several kinds. */
  readonly kind?: string;
}

/** What `remit show --json` prints. */
export interface ShowOutput {
  readonly kind: EntityKind;
  readonly id: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly record: unknown;
  readonly history: readonly AuditEntry[];
}

function isKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Every stored record with this id, of any kind (or of `kind` only). */
function byId(id: string, kinds: readonly EntityKind[]) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const found: Stored<EntityKind>[] = [];
    for (const kind of kinds) {
      const stored = yield* store.get(kind, id).pipe(Effect.catchTag("NotFound", () => Effect.succeed(undefined)));
      if (stored !== undefined) found.push(stored);
    }
    return found;
  });
}

function findRecord(input: ShowInput) {
  return Effect.gen(function* () {
    const store = yield* Store;
    if (input.kind !== undefined && !isKind(input.kind)) {
      return yield* Effect.fail(
        usageError(
          `remit: --kind ${JSON.stringify(input.kind)} is not a kind of record; use one of ${ENTITY_KINDS.join(", ")}`,
        ),
      );
    }
    const kinds = input.kind === undefined ? ENTITY_KINDS : [input.kind];
    const found = yield* byId(input.reference, kinds);
    if (found.length > 1) {
      const named = found.map((stored) => stored.kind).join(" and ");
      return yield* Effect.fail(
        usageError(`remit: ${input.reference} names a ${named}; add --kind ${found[0]?.kind ?? "KIND"} to choose`),
      );
    }
    if (found[0] !== undefined) return found[0];
    if (input.kind !== undefined && input.kind !== "mandate") {
      return yield* Effect.fail(
        invalidInput([`remit: there is no ${input.kind} with the id ${input.reference} in this store`]),
      );
    }
    const mandate = yield* store
      .findMandate(input.reference)
      .pipe(
        Effect.mapError((failure) =>
          /^[a-z0-9][a-z0-9-]*$/.test(input.reference)
            ? invalidInput([`remit: no record has the id ${input.reference}; find ids with \`remit list\``])
            : failure,
        ),
      );
    return mandate;
  });
}

function printShown(context: CliContext, output: ShowOutput) {
  if (context.output === "json") return printJson(output);
  if (context.output === "jsonl") return printJsonLines([output]);
  const head = `${output.kind} ${output.id} · revision ${output.revision} · created ${output.createdAt} · updated ${output.updatedAt} by ${output.updatedBy}`;
  const history = {
    columns: [
      { heading: heading("revision", context.language), align: "right" as const },
      { heading: heading("action", context.language) },
      { heading: heading("actor", context.language) },
      { heading: heading("at", context.language) },
    ],
    rows: output.history.map((entry) => [String(entry.revision), entry.action, entry.actor, entry.at]),
  };
  const historyLines = context.output === "table" ? renderTable(history, context.columns) : renderPlain(history);
  return printLines([
    head,
    "",
    ...renderRecordTree(output.record, "  "),
    "",
    "history:",
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
      const store = yield* Store;
      const stored = yield* findRecord(input);
      const history = yield* store.history(stored.kind, stored.record.id);
      yield* printShown(context, {
        kind: stored.kind,
        id: stored.record.id,
        revision: stored.revision,
        createdAt: stored.createdAt,
        updatedAt: stored.updatedAt,
        updatedBy: stored.updatedBy,
        record: stored.record,
        history,
      });
    }),
  );
