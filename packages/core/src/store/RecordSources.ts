import { Effect, Result, Stream } from "effect";
import type { ActivityFilter } from "../activity/ActivityFilter";
import type { Observation } from "../metric/Observation";
import { streamAll, streamFound, type ReadError } from "./AllRecords";
import type { EntityKind, EntityOf } from "./EntityKind";
import { Store } from "./Store";
import type { Stored } from "./Stored";

/**
 * The records of each kind as async iterables, for writers that pull records (an export
 * format, a response body): each read from the store a page at a time as it is pulled.
 */
export type RecordSources = <K extends EntityKind>(kind: K) => AsyncIterable<EntityOf<K>>;

/**
 * The records an export reads of a kind: the activities that match `filter` (every
 * activity for the empty filter), every stored record of the other kinds, in id order.
 * @example Stream.runCollect(exportedRecords("activity", { countries: ["KE"] }))
 */
export function exportedRecords<K extends EntityKind>(
  kind: K,
  filter: ActivityFilter,
): Stream.Stream<EntityOf<K>, ReadError, Store> {
  const stored: Stream.Stream<Stored<EntityKind>, ReadError, Store> = kind === "activity"
    ? streamFound("activity", filter)
    : streamAll(kind);
  return Stream.map(stored, (found) => found.record as EntityOf<K>);
}

/**
 * The store's {@link exportedRecords} as {@link RecordSources}, read with the current Store;
 * `onRecord` is called for each record pulled (a progress bar counts them). A failure of the
 * store is thrown out of the iterable as the store's own tagged error, which
 * {@link pullingRecords} gives back typed.
 * @example const sources = yield* recordSources({}); await exportRecords("json", ["body"], sources)
 */
export function recordSources(
  filter: ActivityFilter,
  onRecord: () => void = () => undefined,
): Effect.Effect<RecordSources, never, Store> {
  return Effect.map(Effect.context<Store>(), (context) => {
    const sources = <K extends EntityKind>(kind: K): AsyncIterable<EntityOf<K>> =>
      Stream.toAsyncIterableWith(
        Stream.tap(exportedRecords(kind, filter), () => Effect.sync(onRecord)),
        context,
      );
    return sources;
  });
}

/**
 * The observations of a page of activities (those naming any of `activityIds`, by id), for
 * writers that nest results in their activities: one store query a page, so an export never
 * holds every observation.
 */
export type ActivityObservations = (activityIds: readonly string[]) => Promise<readonly Observation[]>;

/**
 * The store's `observationsOfActivities` as {@link ActivityObservations}, read with the
 * current Store. A failure of the store rejects with the store's own tagged error, as
 * {@link recordSources} throws it, so {@link pullingRecords} gives it back typed.
 * @example const observationsOf = yield* activityObservations(); await exportRecords("iati", ["activity"], sources, sources, { observationsOf })
 */
export function activityObservations(): Effect.Effect<ActivityObservations, never, Store> {
  return Effect.map(Effect.context<Store>(), (context) => async (activityIds) => {
    const read = Effect.result(
      Effect.flatMap(Effect.service(Store), (store) => store.observationsOfActivities(activityIds)),
    );
    const result = await Effect.runPromiseWith(context)(read);
    if (Result.isFailure(result)) throw result.failure;
    return result.success.map((stored) => stored.record);
  });
}

function isReadError(value: unknown): value is ReadError {
  const tag = typeof value === "object" && value !== null ? (value as { readonly _tag?: unknown })._tag : undefined;
  return tag === "StoreFailure" || tag === "InvalidCursor";
}

/**
 * Runs promise-based work that pulls {@link recordSources}: a store failure thrown out of a
 * source fails the effect with that typed error (exit code 3 at the command line, 503 over
 * HTTP), where wrapping the promise alone would make it an unexpected defect. Anything else
 * thrown stays a defect.
 * @example pullingRecords(() => exportRecords("csv", ["activity"], sources))
 */
export function pullingRecords<A>(work: () => Promise<A>): Effect.Effect<A, ReadError> {
  return Effect.tryPromise({ try: work, catch: (cause) => cause }).pipe(
    Effect.catch((cause) => (isReadError(cause) ? Effect.fail(cause) : Effect.die(cause))),
  );
}
