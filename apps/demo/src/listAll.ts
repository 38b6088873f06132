import { Store, type EntityKind, type InvalidCursor, type Stored, type StoreFailure } from "@remit/core";
import { Effect } from "effect";

/** Every record of a kind, following the store's cursors. */
export function listAll<K extends EntityKind>(
  kind: K,
): Effect.Effect<Stored<K>[], StoreFailure | InvalidCursor, Store> {
  return Effect.gen(function* () {
    const store = yield* Store;
    const all: Stored<K>[] = [];
    let cursor: string | undefined;
    do {
      const next = yield* store.list(kind, cursor === undefined ? { limit: 500 } : { limit: 500, cursor });
      all.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor !== undefined);
    return all;
  });
}
