import { Context, Effect, Layer } from "effect";
import { AccessTokens } from "../access/AccessTokens";
import { makeInMemoryAccessTokens } from "../access/InMemoryAccessTokens";
import type { ActivityFilter, ActivitySort } from "../activity";
import { activityListOrder, sortActivities } from "./ActivityListOrder";
import { dueReports, lineageMandatesIn } from "../mandate";
import { aggregateRecords } from "./aggregateRecords";
import { countActivitiesByFacet } from "./ActivityCount";
import type { EntityKind, EntityOf } from "./EntityKind";
import type { ImportEntry, ImportOptions } from "./ImportEntry";
import { ChangeHub } from "./ChangeHub";
import { InMemoryTables } from "./InMemoryTables";
import { ImportRun, type AcceptedEntry } from "./ImportRun";
import { Store, type AggregationQuery, type StoreShape } from "./Store";
import { recordChanged } from "./StoreChange";
import type { InvalidRecord } from "../record/InvalidRecord";
import { NotFound, StoreFailure, type InvalidCursor, type RevisionConflict } from "./StoreErrors";
import { noMandateWith, readMandateName } from "./MandateLookup";
import { paginate, type ListOrder, type PageRequest } from "./Pagination";
import { matchesFilter, type FilterableKind, type FilterOf, type SortOf } from "./RecordFilter";
import type { Page, Stored, WriteOptions } from "./Stored";
import { decodeRecord } from "../record/decodeRecord";

/** Options of an in-memory store. */
export interface InMemoryStoreOptions {
  /** Where timestamps come from (default: the system clock); tests pass a fixed or stepping clock. */
  readonly clock?: () => Date;
}

/** One page of `items` (already in id order, or in `order`) after the cursor, with the cursor of the next page. */
function pageOf<K extends EntityKind>(
  items: readonly Stored<K>[],
  request: PageRequest | undefined,
  query: unknown,
  order?: ListOrder<Stored<K>>,
): Effect.Effect<Page<Stored<K>>, InvalidCursor> {
  const page = paginate(items, (stored) => stored.record.id, request, query, order);
  return page.ok ? Effect.succeed(page.value) : Effect.fail(page.error);
}

/** Reads every entry of an import source, turning a failing source into a StoreFailure. */
function readAll(entries: AsyncIterable<ImportEntry>, run: ImportRun): Effect.Effect<AcceptedEntry[], StoreFailure> {
  return Effect.tryPromise({
    try: async () => {
      const accepted: AcceptedEntry[] = [];
      for await (const entry of entries) {
        const record = run.accept(entry);
        if (record !== undefined) accepted.push(record);
      }
      return accepted;
    },
    catch: (cause) =>
      new StoreFailure({
        operation: "importRecords",
        message: `Reading the import source failed, so nothing was imported: ${cause instanceof Error ? cause.message : String(cause)}`,
        cause,
      }),
  });
}

function make(options: InMemoryStoreOptions = {}): StoreShape {
  // One process, one copy of the records: every change is heard the moment it is made.
  const hub = new ChangeHub();
  const tables = new InMemoryTables(options.clock ?? (() => new Date()), (entry) =>
    hub.publish(recordChanged(entry.kind, entry.id, entry.revision)),
  );

  const store: StoreShape = {
    get: (kind, id) =>
      Effect.suspend(() => {
        const stored = tables.get(kind, id);
        return stored === undefined
          ? Effect.fail(new NotFound({ kind, id, message: `There is no ${kind} with the id "${id}".` }))
          : Effect.succeed(stored);
      }),

    list: (kind, page) => Effect.suspend(() => pageOf(tables.all(kind), page, { list: kind })),

    put: <K extends EntityKind>(kind: K, record: EntityOf<K>, write: WriteOptions) =>
      Effect.suspend((): Effect.Effect<Stored<K>, InvalidRecord | RevisionConflict> => {
        const validation = decodeRecord(kind, record);
        if (!validation.ok) return Effect.fail(validation.error);
        const result = tables.put(kind, validation.value, write.actor, write.expectedRevision);
        return result.ok ? Effect.succeed(result.value.stored) : Effect.fail(result.error);
      }),

    remove: (kind, id, write) =>
      Effect.suspend(() => {
        const error = tables.remove(kind, id, write.actor, write.expectedRevision);
        return error === undefined ? Effect.void : Effect.fail(error);
      }),

    history: (kind, id) => Effect.sync(() => tables.history(kind, id)),

    findActivities: (filter: ActivityFilter, page, sort) => store.find("activity", filter, page, sort),

    find: <K extends FilterableKind>(kind: K, filter: FilterOf<K>, page?: PageRequest, sort?: SortOf<K>) =>
      Effect.suspend(() => {
        const matching = tables.all(kind).filter((stored) => matchesFilter(kind, stored.record, filter));
        if (kind !== "activity") return pageOf(matching, page, { find: kind, filter });
        const activitySort = sort as ActivitySort | undefined;
        const sorted = sortActivities(matching as readonly Stored<"activity">[], activitySort);
        return pageOf(sorted, page, { findActivities: filter }, activityListOrder(activitySort)) as Effect.Effect<
          Page<Stored<K>>,
          InvalidCursor
        >;
      }),

    findMandate: (reference) =>
      Effect.suspend(() => {
        const byId = tables.get("mandate", reference);
        if (byId !== undefined) return Effect.succeed(byId);
        const name = readMandateName(reference);
        if (!name.ok) return Effect.fail(name.error);
        const [first] = tables.mandateIdsWithKey(name.value.key);
        const found = first === undefined ? undefined : tables.get("mandate", first);
        return found === undefined
          ? Effect.fail(noMandateWith(reference, name.value.reference))
          : Effect.succeed(found);
      }),

    sessionsOf: (bodyId) =>
      Effect.sync(() =>
        tables
          .all("session")
          .filter((stored) => stored.record.bodyId === bodyId)
          // Numbered sessions in order, then unnumbered ones (an organizational session); ties by id.
          .sort(
            (a, b) =>
              (a.record.number ?? Infinity) - (b.record.number ?? Infinity) || (a.record.id < b.record.id ? -1 : 1),
          ),
      ),

    reportsDue: (bodyId, sessionNumber, dueOptions) =>
      Effect.sync(() =>
        dueReports(
          tables.all("mandate").map((stored) => stored.record),
          bodyId,
          sessionNumber,
          dueOptions,
        ),
      ),

    lineageMandates: (mandateId) =>
      Effect.sync(() => {
        const stored = tables.all("mandate");
        const wanted = new Set(
          lineageMandatesIn(
            stored.map((entry) => entry.record),
            mandateId,
          ).map((mandate) => mandate.id),
        );
        return stored.filter((entry) => wanted.has(entry.record.id));
      }),

    observationsOfActivities: (activityIds) =>
      Effect.sync(() => {
        const wanted = new Set(activityIds);
        return tables.all("observation").filter((stored) => stored.record.activityIds.some((id) => wanted.has(id)));
      }),

    generation: () => Effect.sync(() => tables.generation),

    changes: hub.changes,

    aggregateObservations: (query: AggregationQuery) =>
      Effect.sync(() => {
        const activities = tables.all("activity").map((stored) => stored.record);
        return aggregateRecords(
          {
            indicators: tables.all("indicator").map((stored) => stored.record),
            observations: tables.all("observation").map((stored) => stored.record),
            activities,
            scopeActivities: new Map(activities.map((activity) => [activity.id, activity])),
          },
          query,
        );
      }),

    countActivities: (query) =>
      Effect.sync(() =>
        countActivitiesByFacet(
          tables.all("activity").map((stored) => stored.record),
          query,
        ),
      ),

    importRecords: (entries: AsyncIterable<ImportEntry>, importOptions: ImportOptions) =>
      Effect.gen(function* () {
        const run = new ImportRun(importOptions);
        const accepted = yield* readAll(entries, run);
        const refusal = run.refusal();
        if (refusal !== undefined) return yield* Effect.fail(refusal);
        // Everything was validated before this point and nothing below can fail: the writes
        // happen in one synchronous step, so no other fiber sees half an import.
        for (const { kind, record } of accepted) {
          const result = tables.put(kind, record, importOptions.actor);
          if (result.ok && result.value.changed) run.countWritten();
          else run.countUnchanged();
        }
        return run.finish();
      }),
  };
  return store;
}

/**
 * A complete Store kept in memory: for tests, demos and front ends (no Node built-ins). It
 * keeps every rule of the port (validation, revisions, optimistic concurrency, audit trail,
 * cursor pagination, all-or-nothing imports) and passes the contract suite of
 * `@remit/core/testing`. Each built layer is a new, empty store.
 * @example
 * const program = Effect.gen(function* () {
 *   const store = yield* Store;
 *   yield* store.put("body", ccpcj, { actor: "editor" });
 *   return yield* store.get("body", "ccpcj");
 * });
 * await Effect.runPromise(program.pipe(Effect.provide(InMemoryStore.layer())));
 */
export const InMemoryStore = {
  /** A new, empty store, without Effect's Layer machinery. */
  make,
  /**
   * A Layer providing `Store`, and `AccessTokens` beside it, with a new, empty in-memory store
   * each time it is built.
   */
  layer: (options: InMemoryStoreOptions = {}): Layer.Layer<Store | AccessTokens> =>
    Layer.syncContext(() =>
      Context.make(Store, make(options)).pipe(Context.add(AccessTokens, makeInMemoryAccessTokens())),
    ),
} as const;
