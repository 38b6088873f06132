import { Effect, Option, Stream } from "effect";
import type { ImportEntry } from "./ImportEntry";
import { ENTITY_KINDS, type EntityKind } from "./EntityKind";
import type { PageRequest } from "./Pagination";
import type { FilterableKind, FilterOf } from "./RecordFilter";
import { Store } from "./Store";
import type { InvalidCursor, StoreFailure } from "./StoreErrors";
import { PAGE_MAX_LIMIT, type Page, type Stored } from "./Stored";

/** What reading a store page by page can fail with: the store itself, or (a store's defect) a cursor it refuses. */
export type ReadError = InvalidCursor | StoreFailure;

/** The request of the page after `cursor`, as large as stores allow. */
function fullPage(cursor: string | undefined): PageRequest {
  return cursor === undefined ? { limit: PAGE_MAX_LIMIT } : { limit: PAGE_MAX_LIMIT, cursor };
}

/**
 * Every item of a paged query as a Stream: the first page, then each `nextCursor` in turn,
 * fetched only when the consumer reaches it, so a million records never sit in memory at
 * once. Failures stay in the stream's error channel, typed.
 * @example streamPages((cursor) => store.list("activity", { limit: 1000, ...(cursor ? { cursor } : {}) }))
 */
export function streamPages<A, E, R>(
  page: (cursor: string | undefined) => Effect.Effect<Page<A>, E, R>,
): Stream.Stream<A, E, R> {
  return Stream.paginate(undefined as string | undefined, (cursor) =>
    Effect.map(page(cursor), (current) => [current.items, Option.fromUndefinedOr(current.nextCursor)] as const),
  );
}

/**
 * Every stored record of a kind, in id order, streamed a page (1,000) at a time.
 * @example const activities = Stream.map(streamAll("activity"), (stored) => stored.record);
 */
export function streamAll<K extends EntityKind>(kind: K): Stream.Stream<Stored<K>, ReadError, Store> {
  return Stream.unwrap(
    Effect.map(Effect.service(Store), (store) => streamPages((cursor) => store.list(kind, fullPage(cursor)))),
  );
}

/**
 * Every stored record of a kind that matches its filter (`Store.find`), in id order, streamed.
 * @example streamFound("activity", { period: { start: "2020" } })
 */
export function streamFound<K extends FilterableKind>(
  kind: K,
  filter: FilterOf<K>,
): Stream.Stream<Stored<K>, ReadError, Store> {
  return Stream.unwrap(
    Effect.map(Effect.service(Store), (store) => streamPages((cursor) => store.find(kind, filter, fullPage(cursor)))),
  );
}

/**
 * Every stored record of a kind, in id order, in memory: for the kinds that are few
 * (bodies, sessions, mandates, indicators); stream the others with {@link streamAll}.
 * @example const mandates = (yield* listAll("mandate")).map((stored) => stored.record);
 */
export function listAll<K extends EntityKind>(kind: K): Effect.Effect<Stored<K>[], ReadError, Store> {
  return Effect.map(Stream.runCollect(streamAll(kind)), (items) => [...items]);
}

/** Every stored record of a kind that matches its filter, in id order, in memory (see {@link streamFound}). */
export function listFound<K extends FilterableKind>(
  kind: K,
  filter: FilterOf<K>,
): Effect.Effect<Stored<K>[], ReadError, Store> {
  return Effect.map(Stream.runCollect(streamFound(kind, filter)), (items) => [...items]);
}

/**
 * Every record of the store as import entries, kind by kind in `ENTITY_KINDS` order (bodies
 * first, observations last, so that what a record names is written before it) and by id
 * within a kind: what a logical backup writes and what copying one store into another reads.
 * @example Stream.runForEach(storeEntries, (entry) => write(JSON.stringify(entry)))
 */
export const storeEntries: Stream.Stream<ImportEntry, ReadError, Store> = Stream.flatMap(
  Stream.fromIterable(ENTITY_KINDS),
  (kind) => Stream.map(streamAll(kind), (stored): ImportEntry => ({ kind, record: stored.record })),
  { concurrency: 1 },
);

/** Whether the store holds no record of any kind (a restore refuses to overwrite one that does). */
export const isStoreEmpty: Effect.Effect<boolean, ReadError, Store> = Effect.gen(function* () {
  const store = yield* Store;
  for (const kind of ENTITY_KINDS) {
    const page = yield* store.list(kind, { limit: 1 });
    if (page.items.length > 0) return false;
  }
  return true;
});
