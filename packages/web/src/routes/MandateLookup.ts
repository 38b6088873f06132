import { PAGE_MAX_LIMIT, Store, readMandateReference, referenceKey, type Stored } from "@remit/core";
import { Effect } from "effect";
import { apiProblem } from "../http/Problem";

/** Every stored record of a kind, a page of 1,000 at a time: for the kinds that are few (mandates, bodies). */
export function listAll<K extends Parameters<(typeof Store.Service)["list"]>[0]>(kind: K) {
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

/**
 * The stored mandate a reference names: an id (`a-res-74-173`), a symbol (`A/RES/74/173`) or
 * a citation ("GA resolution 74/173"). NotFound when none is stored; InvalidMandateReference
 * when the text is neither an id nor a reference.
 */
export function findMandate(reference: string) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const byId = yield* store
      .get("mandate", reference)
      .pipe(Effect.catchTag("NotFound", () => Effect.succeed(undefined)));
    if (byId !== undefined) return byId;
    const read = readMandateReference(reference);
    if (!read.ok) {
      return yield* Effect.fail(
        apiProblem(
          "NotFound",
          `No mandate has the id ${JSON.stringify(reference)}, and it is not a symbol or citation: ${read.error.message}`,
          {
            kind: "mandate",
            id: reference,
          },
        ),
      );
    }
    const key = referenceKey(read.reference);
    const found = (yield* listAll("mandate")).find(
      (stored) => stored.record.symbol !== undefined && referenceKey(stored.record.symbol) === key,
    );
    if (found === undefined) {
      return yield* Effect.fail(
        apiProblem("NotFound", `There is no mandate ${read.reference} in this store.`, {
          kind: "mandate",
          id: reference,
        }),
      );
    }
    return found;
  });
}
