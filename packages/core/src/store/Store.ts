import { Context, type Effect, type Stream } from "effect";
import type { ActivityFilter, ActivitySort } from "../activity";
import type { AggregateResult, GroupBy, PeriodBucketSize } from "../metric";
import type { dueReports, DueReportsOptions } from "../mandate";
import type { ActivityCountQuery, ActivityCounts } from "./ActivityCount";
import type { AggregationScope } from "./AggregationScope";
import type { EntityKind, EntityOf } from "./EntityKind";
import type { ImportEntry, ImportOptions, ImportReport } from "./ImportEntry";
import type { ImportRejected, InvalidCursor, NotFound, RevisionConflict, StoreFailure } from "./StoreErrors";
import type { InvalidRecord } from "../record/InvalidRecord";
import type { PageRequest } from "./Pagination";
import type { StoreChange } from "./StoreChange";
import type { FilterableKind, FilterOf, SortOf } from "./RecordFilter";
import type { AuditEntry, Page, Stored, WriteOptions } from "./Stored";

/**
 * The query of an observation aggregation as a store takes it: which indicators, by what
 * period bucket and group, over which observations. The store fetches the indicators, their observations and the
 * activities they name, and hands them to core's pure `aggregate` (see `aggregateRecords`).
 * @example { indicatorIds: ["practitioners-trained"], bucket: "year", by: { dimension: "topic" } }
 */
export interface AggregationQuery {
  /** The indicators to aggregate; every stored indicator's observations when omitted. */
  readonly indicatorIds?: readonly string[];
  readonly bucket: PeriodBucketSize;
  /** Without it every observation of an indicator and bucket goes to one cell. */
  readonly by?: GroupBy;
  /**
   * Only the observations in this scope (see `inAggregationScope`): a mandate's figures of a
   * year, without listing its activities. A store narrows by it before summing.
   */
  readonly scope?: AggregationScope;
  /**
   * Whether each cell lists its observations, activities and provenance (`AggregateCell.sources`).
   * Without it a cell counts them, and a store holds nothing that grows with the data: ask
   * for sources with a small scope (a mandate's year, one figure), never for a dashboard.
   */
  readonly sources?: boolean;
}
/** The reports due at a session, as core's pure `dueReports` returns them. */
export type DueReports = ReturnType<typeof dueReports>;

/**
 * The storage port of Remit. Every adapter (in memory, SQLite, PostgreSQL) provides it, and
 * every adapter passes the contract suite in `@remit/core/testing`, so nothing above the
 * store needs to know which one it has.
 *
 * Rules every implementation keeps:
 * - records are validated with `ENTITY_SCHEMAS[kind]` before anything is written;
 * - a write with a stale `expectedRevision` fails with RevisionConflict and changes nothing;
 * - a put that changes nothing makes no new revision and no audit entry;
 * - lists are in a stable order (by id, or for activities the order asked for, ties by id:
 *   `compareActivities`) and paginate by cursor;
 * - queries answer exactly what core's pure definitions (`matchesFilter`, `findMandateIn`,
 *   `dueReports`, `aggregate`) would answer over the same records.
 */
export interface StoreShape {
  /** One record by kind and id. */
  readonly get: <K extends EntityKind>(kind: K, id: string) => Effect.Effect<Stored<K>, NotFound | StoreFailure>;
  /** All records of a kind, by id, a page at a time. */
  readonly list: <K extends EntityKind>(
    kind: K,
    page?: PageRequest,
  ) => Effect.Effect<Page<Stored<K>>, InvalidCursor | StoreFailure>;
  /** Creates or updates a record (validated first). */
  readonly put: <K extends EntityKind>(
    kind: K,
    record: EntityOf<K>,
    options: WriteOptions,
  ) => Effect.Effect<Stored<K>, RevisionConflict | InvalidRecord | StoreFailure>;
  /** Deletes a record. */
  readonly remove: (
    kind: EntityKind,
    id: string,
    options: WriteOptions,
  ) => Effect.Effect<void, NotFound | RevisionConflict | StoreFailure>;
  /** Who changed a record and when, oldest first (deleted records keep their trail). */
  readonly history: (kind: EntityKind, id: string) => Effect.Effect<readonly AuditEntry[], StoreFailure>;
  /**
   * Activities matching a filter (the same answer as `matchesActivityFilter`), by id or in
   * the order `sort` asks for (`compareActivities`: the sort key, then the id). A cursor
   * carries its order: one issued for another order is refused with InvalidCursor.
   */
  readonly findActivities: (
    filter: ActivityFilter,
    page?: PageRequest,
    sort?: ActivitySort,
  ) => Effect.Effect<Page<Stored<"activity">>, InvalidCursor | StoreFailure>;
  /**
   * Records of a kind that match its filter (the same answer as `matchesFilter`), by id (or
   * for activities in the order `sort` asks for), a page at a time.
   * `find("activity", filter, page, sort)` is `findActivities(filter, page, sort)`.
   */
  readonly find: <K extends FilterableKind>(
    kind: K,
    filter: FilterOf<K>,
    page?: PageRequest,
    sort?: SortOf<K>,
  ) => Effect.Effect<Page<Stored<K>>, InvalidCursor | StoreFailure>;
  /**
   * The mandate a person names: by id ("a-res-74-173"), else by symbol or citation in any
   * form `readMandateReference` reads ("A/RES/74/173", "GA resolution 74/173", full-width
   * "Ａ／ＲＥＳ／74/173", "大会第74/173号决议"), looked up in an index by `mandateLookupKey`.
   * The same answer as `findMandateIn` over every stored mandate; NotFound says whether the
   * text is no reference at all or names a mandate the store does not hold.
   */
  readonly findMandate: (reference: string) => Effect.Effect<Stored<"mandate">, NotFound | StoreFailure>;
  /** Sessions (and meetings) of a body, by number then id, schedule histories included. */
  readonly sessionsOf: (bodyId: string) => Effect.Effect<readonly Stored<"session">[], StoreFailure>;
  /**
   * The reports due at session `sessionNumber` of body `bodyId`, deferrals applied, and with
   * `includeDeferredAway` those deferred away from it (the same answer as `dueReports`).
   */
  readonly reportsDue: (
    bodyId: string,
    sessionNumber: number,
    options?: DueReportsOptions,
  ) => Effect.Effect<DueReports, StoreFailure>;
  /**
   * The mandates a lineage of `mandateId` reads, both ways (the mandate, its ancestors and its
   * descendants, by id): the same answer as `lineageMandatesIn` over every stored mandate.
   * Build the lineage graph of these to read the mandate's lineage without the whole registry.
   */
  readonly lineageMandates: (mandateId: string) => Effect.Effect<readonly Stored<"mandate">[], StoreFailure>;
  /**
   * A number that grows whenever a record is written or removed, by this process or any other
   * sharing the store, and stays put otherwise (reads, puts that change nothing, failed
   * writes). An answer computed from the store is still true while the generation read
   * before computing it is the current one: the web API keeps answers by it.
   */
  readonly generation: () => Effect.Effect<number, StoreFailure>;
  /**
   * The observations that name any of `activityIds` in their own `activityIds`, each once, by
   * id: the same answer as filtering every stored observation. An export that nests results
   * in their activities (IATI) asks this for each page of activities it writes, so it never
   * holds every observation; ask for a page (hundreds of ids), not the whole store.
   */
  readonly observationsOfActivities: (
    activityIds: readonly string[],
  ) => Effect.Effect<readonly Stored<"observation">[], StoreFailure>;
  /**
   * The changes of the store, as they are committed, by this handle or any other on the same
   * database: a subscription for as long as the stream is consumed. It starts with
   * StoreChanged("listening"); read what you follow after that, and again on every change
   * that `concerns` it. A change may be told twice, never lost without a StoreChanged saying
   * so. PostgreSQL hears them by LISTEN/NOTIFY, SQLite by a cheap poll, the in-memory store at once.
   * @example
   * yield* store.changes.pipe(Stream.filter((change) => concerns(change, "thematicDiscussion", id, seen)), Stream.runForEach(reread));
   */
  readonly changes: Stream.Stream<StoreChange, StoreFailure>;
  /** Observations aggregated by core's algebra (qualifiers and distinct counts kept honest). */
  readonly aggregateObservations: (query: AggregationQuery) => Effect.Effect<AggregateResult, StoreFailure>;
  /**
   * The activities of a scope counted by a facet (topic, kind, assisted country, region): the
   * same answer as `countActivitiesByFacet` over every stored activity. A dashboard's charts
   * and map ask this instead of listing the activities; SQL stores count in the database.
   */
  readonly countActivities: (query: ActivityCountQuery) => Effect.Effect<ActivityCounts, StoreFailure>;
  /**
   * Imports records all-or-nothing in one transaction. With any invalid record nothing is
   * written (ImportRejected lists every problem) unless `skipInvalid` is set. Idempotent:
   * records equal to what is stored are counted as unchanged.
   */
  readonly importRecords: (
    entries: AsyncIterable<ImportEntry>,
    options: ImportOptions,
  ) => Effect.Effect<ImportReport, ImportRejected | StoreFailure>;
}

/**
 * The Store service tag. Adapters provide it with a Layer; programs use it with
 * `const store = yield* Store`.
 */
export class Store extends Context.Service<Store, StoreShape>()("@remit/core/Store") {}
