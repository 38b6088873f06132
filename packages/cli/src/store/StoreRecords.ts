import type { ImportEntry, StoreShape } from "@remit/core";
import { ENTITY_KINDS, PAGE_MAX_LIMIT, Store } from "@remit/core";
import { Effect } from "effect";

/**
 * Every record of a store as import entries, kind by kind in the store's order (bodies
 * first, observations last) and by id within a kind: what a logical backup writes and what
 * restoring one store into another reads. Pages are fetched as the entries are consumed.
 */
export async function* recordsOf(store: StoreShape): AsyncGenerator<ImportEntry> {
  for (const kind of ENTITY_KINDS) {
    let cursor: string | undefined;
    do {
      const page = await Effect.runPromise(
        store.list(kind, { limit: PAGE_MAX_LIMIT, ...(cursor === undefined ? {} : { cursor }) }),
      );
      for (const stored of page.items) {
        yield { kind, record: stored.record };
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  }
}

/** Whether the store holds any record at all (a restore refuses to overwrite one that does). */
export const holdsRecords = Effect.gen(function* () {
  const store = yield* Store;
  for (const kind of ENTITY_KINDS) {
    const page = yield* store.list(kind, { limit: 1 });
    if (page.items.length > 0) return true;
  }
  return false;
});
