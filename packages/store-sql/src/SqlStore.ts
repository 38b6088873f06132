import {
  Cursor,
  dueReports,
  pageLimit,
  decodeRecord,
  type AuditEntry,
  type EntityKind,
  type EntityOf,
  type Mandate,
  type Page,
  type StoreError,
  type StoreShape,
  type Stored,
  NotFound,
  recordChanged,
  storeChanged,
  type StoreChange,
} from "@remit/core";
import { Effect } from "effect";
import type { Kysely } from "kysely";
import { findActivities } from "./activity/ActivityQuery";
import type { DialectInfo } from "./DialectInfo";
import { importRecords } from "./import/ImportRecords";
import { findMandate } from "./mandate/MandateLookupQuery";
import { lineageMandates } from "./mandate/LineageQuery";
import { findRecords } from "./records/RecordQuery";
import { DEFAULT_BULK_IMPORT_THRESHOLD } from "./import/ImportWriter";
import { aggregateObservations } from "./aggregation/ObservationAggregation";
import { countActivities } from "./aggregation/ActivityCountSql";
import { storeGeneration } from "./aggregation/AggregationBlocks";
import { observationsOfActivities } from "./records/ObservationsOfActivities";
import { recordsByFacet } from "./records/RecordsByFacet";
import { putRecord, removeRecord } from "./records/RecordWrites";
import { reportSessionKey } from "./projection/Projections";
import type { RemitDatabase } from "./schema/RemitDatabase";
import { toPortError } from "./StoreFailures";
import { STORED_COLUMNS, selectStoredRow, toStored } from "./records/StoredRows";
import { inWriteTransaction } from "./Transactions";
import { ownChangesOnly, type ChangeWatch } from "./changes/ChangeWatch";

/** Options of a SQL store. */
export interface SqlStoreOptions {
  /** Where timestamps come from (default: the system clock). */
  readonly clock?: () => Date;
  /**
   * New records an import writes before it drops the secondary indexes and builds them
   * again at its end (only when it is also larger than the store was). Default 20,000.
   */
  readonly bulkImportThreshold?: number;
  /**
   * The reading thread of a JSON Lines import (`readJsonLines`): the built worker module
   * that splits, parses, validates and prepares the records on a second core while this
   * thread writes them, or `false` to do everything in this thread. Default: this package's
   * own (`dist/import-worker.js`) when running from its build, none from its sources. Other
   * sources are always read in this thread. The outcome is the same either way.
   */
  readonly importWorker?: URL | false;
}

/** Sessions by number, unnumbered ones last, then by id: the order of `sessionsOf`. */
function bySessionNumber(a: Stored<"session">, b: Stored<"session">): number {
  const byNumber = (a.record.number ?? Infinity) - (b.record.number ?? Infinity);
  if (byNumber !== 0 && !Number.isNaN(byNumber)) return byNumber;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/**
 * core's `Store` on a Kysely database that `migrate` has brought to the current schema: the
 * one code path of the SQLite and PostgreSQL stores. Records are kept as JSON text with
 * their revision and timestamps; the facets answer the queries, and core's pure
 * functions (`matchesFilter`, `dueReports`, `aggregate`) have the last word on every
 * answer. Every write is one transaction. `watch` says how its `changes` are told and heard
 * (default: only this handle's own changes).
 * @example
 * const report = await migrate(db, dialect, "remit.db");
 * const store = makeSqlStore(db, dialect);
 * await Effect.runPromise(store.put("body", ccpcj, { actor: "editor" }));
 */
export function makeSqlStore(
  db: Kysely<RemitDatabase>,
  dialect: DialectInfo,
  options: SqlStoreOptions = {},
  watch: ChangeWatch = ownChangesOnly(),
): StoreShape {
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().toISOString();
  const bulkThreshold = options.bulkImportThreshold ?? DEFAULT_BULK_IMPORT_THRESHOLD;

  /** Runs database work as an Effect whose failures are the port's errors (narrowed to `E` by the caller). */
  const attempt = <A, E extends StoreError>(operation: string, work: () => Promise<A>): Effect.Effect<A, E> =>
    Effect.tryPromise({ try: work, catch: (cause) => toPortError(operation, dialect, cause) as E });

  /** Tells of a change inside its write transaction (see `ChangeWatch.announce`). */
  const announce = async (connection: Parameters<NonNullable<ChangeWatch["announce"]>>[0], change: StoreChange) => {
    if (watch.announce !== undefined) await watch.announce(connection, change);
  };
  /** After the commit: this handle's subscribers, unless they hear it through the source. */
  const committed = (change: StoreChange) => {
    if (!watch.hearsOwnChanges) watch.hub.publish(change);
  };

  const store: StoreShape = {
    get: <K extends EntityKind>(kind: K, id: string) =>
      attempt("get", async (): Promise<Stored<K>> => {
        const row = await selectStoredRow(db, kind, id);
        if (row === undefined) throw new NotFound({ kind, id, message: `There is no ${kind} with the id "${id}".` });
        return toStored(kind, row);
      }),

    list: <K extends EntityKind>(kind: K, page?: Parameters<StoreShape["list"]>[1]) =>
      attempt("list", async (): Promise<Page<Stored<K>>> => {
        const query = { list: kind };
        let afterId: string | undefined;
        if (page?.cursor !== undefined) {
          const reading = Cursor.decode(page.cursor, query);
          if (!reading.ok) throw reading.error;
          afterId = reading.value.afterId;
        }
        const limit = pageLimit(page);
        let select = db.selectFrom("records").select(STORED_COLUMNS).where("kind", "=", kind);
        if (afterId !== undefined) select = select.where("id", ">", afterId);
        const rows = await select
          .orderBy("id")
          .limit(limit + 1)
          .execute();
        const items = rows.slice(0, limit).map((row) => toStored(kind, row));
        const last = items.at(-1);
        return rows.length > limit && last !== undefined
          ? { items, nextCursor: Cursor.encode(last.record.id, query) }
          : { items };
      }),

    put: <K extends EntityKind>(kind: K, record: EntityOf<K>, write: Parameters<StoreShape["put"]>[2]) =>
      Effect.suspend(() => {
        const validation = decodeRecord(kind, record);
        if (!validation.ok) return Effect.fail(validation.error);
        return attempt("put", async () => {
          const outcome = await inWriteTransaction(db, dialect, async (connection) => {
            const written = await putRecord(connection, dialect, kind, validation.value, write, now());
            if (written.changed) await announce(connection, recordChanged(kind, record.id, written.stored.revision));
            return written;
          });
          if (outcome.changed) committed(recordChanged(kind, record.id, outcome.stored.revision));
          return outcome.stored;
        });
      }),

    remove: (kind, id, write) =>
      attempt("remove", async () => {
        const change = await inWriteTransaction(db, dialect, async (connection) => {
          const revision = await removeRecord(connection, dialect, kind, id, write, now());
          const removed = recordChanged(kind, id, revision);
          await announce(connection, removed);
          return removed;
        });
        committed(change);
      }),

    history: (kind, id) =>
      attempt("history", async (): Promise<readonly AuditEntry[]> => {
        const rows = await db
          .selectFrom("audit")
          .select(["kind", "id", "revision", "action", "actor", "at"])
          .where("kind", "=", kind)
          .where("id", "=", id)
          .orderBy("seq")
          .execute();
        return rows.map((row) => ({
          kind: row.kind as EntityKind,
          id: row.id,
          revision: Number(row.revision),
          action: row.action as AuditEntry["action"],
          actor: row.actor,
          at: row.at,
        }));
      }),

    findActivities: (filter, page, sort) =>
      attempt("findActivities", () => findActivities(db, dialect, filter, page, sort)),

    find: (kind, filter, page, sort) => attempt("find", () => findRecords(db, dialect, kind, filter, page, sort)),

    findMandate: (reference) => attempt("findMandate", () => findMandate(db, reference)),

    sessionsOf: (bodyId) =>
      attempt("sessionsOf", async () => {
        const rows = await recordsByFacet(db, "session", "sessionBody", bodyId);
        return rows.map((row) => toStored("session", row)).sort(bySessionNumber);
      }),

    reportsDue: (bodyId, sessionNumber, dueOptions) =>
      attempt("reportsDue", async () => {
        // Only the mandates with a report due at, or deferred from, that session; dueReports decides.
        const rows = await recordsByFacet(db, "mandate", "mandateReportAt", reportSessionKey(bodyId, sessionNumber));
        return dueReports(
          rows.map((row) => JSON.parse(row.body) as Mandate),
          bodyId,
          sessionNumber,
          dueOptions,
        );
      }),

    lineageMandates: (mandateId) => attempt("lineageMandates", () => lineageMandates(db, dialect, mandateId)),

    observationsOfActivities: (activityIds) =>
      attempt("observationsOfActivities", () =>
        activityIds.length === 0 ? Promise.resolve([]) : observationsOfActivities(db, activityIds),
      ),

    generation: () => attempt("generation", () => storeGeneration(db)),

    changes: watch.hub.changes,

    aggregateObservations: (query) => attempt("aggregateObservations", () => aggregateObservations(db, dialect, query)),

    countActivities: (query) => attempt("countActivities", () => countActivities(db, dialect, query)),

    importRecords: (entries, importOptions) =>
      attempt("importRecords", async () => {
        const report = await importRecords(
          db,
          dialect,
          entries,
          importOptions,
          now,
          bulkThreshold,
          options.importWorker,
        );
        if (report.written > 0) {
          // An import commits in its own transactions, so it is told once, after them: a
          // process that dies in between leaves its subscribers with the import unheard
          // until they read again, which a written import of this size makes them do anyway.
          const imported = storeChanged("imported");
          await db.connection().execute((connection) => announce(connection, imported));
          committed(imported);
        }
        return report;
      }),
  };
  return store;
}
