import type { EntityKind, Mandate, Stored } from "@remit/core";
import { PAGE_MAX_LIMIT, Store, readMandateReference, referenceKey } from "@remit/core";
import { Effect } from "effect";
import { invalidInput } from "../failure/CliFailure";

/**
 * Every record of a kind, page by page in the store's order (by id). For the kinds that are
 * few (mandates, sessions, bodies): activities and observations are listed by page instead.
 */
export function listAll<K extends EntityKind>(kind: K) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const all: Stored<K>[] = [];
    let cursor: string | undefined;
    do {
      const page = yield* store.list(kind, { limit: PAGE_MAX_LIMIT, ...(cursor === undefined ? {} : { cursor }) });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return all;
  });
}

/** Every mandate's record, for lineage and lookups by symbol. */
export const allMandates = Effect.map(listAll("mandate"), (stored) => stored.map((entry) => entry.record));

/**
 * The mandate a person names on the command line: by id (`a-res-74-173`), by symbol
 * (`A/RES/74/173`, any spacing or full-width form) or by citation ("GA resolution 74/173",
 * "CCPCJ resolution 22/8", "大会第74/173号决议"). Fails with exit 1 when the text is no
 * mandate reference, or names no mandate in this store.
 */
export function findMandate(text: string) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const byId = yield* store.get("mandate", text).pipe(
      Effect.map((stored) => stored.record as Mandate | undefined),
      Effect.catchTag("NotFound", () => Effect.succeed(undefined)),
    );
    if (byId !== undefined) return byId;
    const reference = readMandateReference(text);
    if (!reference.ok) {
      return yield* Effect.fail(
        invalidInput([
          `remit: ${JSON.stringify(text)} names no mandate: it is not a mandate id, and ${reference.error.message}`,
        ]),
      );
    }
    const key = referenceKey(reference.reference);
    const mandates = yield* allMandates;
    const found = mandates.find((mandate) => mandate.symbol !== undefined && referenceKey(mandate.symbol) === key);
    if (found === undefined) {
      return yield* Effect.fail(
        invalidInput([
          `remit: no mandate ${reference.reference} in this store; list the mandates with \`remit list mandates\`, or load them with \`remit seed\` or \`remit import\``,
        ]),
      );
    }
    return found;
  });
}
