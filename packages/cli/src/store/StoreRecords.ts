import type { ImportEntry, StoreShape } from "@remit/core";
import { Store, storeEntries } from "@remit/core";
import { Stream } from "effect";

/**
 * Every record of a store as import entries (core's `storeEntries`: bodies first, by id
 * within a kind), as the async iterable a backup file or another store's import reads.
 */
export function recordsOf(store: StoreShape): AsyncIterable<ImportEntry> {
  return Stream.toAsyncIterable(Stream.provideService(storeEntries, Store, store));
}
