import { AccessTokens, Store, StoreFailure, type StoreShape } from "@remit/core";
import {
  isStoreOpeningRefusal,
  makeSqlAccessTokens,
  makeSqlStore,
  type ChangeWatch,
  type MigrationReport,
  type SqlStoreOptions,
  type StoreStatus,
} from "@remit/store-sql";
import { Context, Effect, Layer, type Scope } from "effect";
import { postgresChangeWatch } from "./PostgresChanges";
import { openPostgres, type OpenPostgres, type PostgresConnectionOptions } from "./PostgresConnection";
import { postgresDialectInfo } from "./PostgresDialectInfo";
import { readPostgresStatus } from "./PostgresStatus";

/**
 * Where the PostgreSQL store lives, and how it writes (see `SqlStoreOptions`). A JSON Lines
 * import reads in the store's own thread unless `importWorker` names a worker: on PostgreSQL,
 * where the server does the writing, the worker did not pay (1,000,000 activities, each run
 * alone: 159.2 s with it, 150.7 s without), and it is a second heap.
 */
export interface PostgresStoreOptions extends PostgresConnectionOptions, SqlStoreOptions {}

/** The SQL store's options: no import worker unless one is asked for (see `PostgresStoreOptions`). */
function sqlStoreOptions(options: PostgresStoreOptions): SqlStoreOptions {
  return { importWorker: false, ...options };
}

/** A refusal to open already says where and what to do; anything else is said with the operation. */
function failure(operation: string, cause: unknown): StoreFailure {
  const message = isStoreOpeningRefusal(cause)
    ? cause.message
    : `${operation} of the PostgreSQL store failed: ${cause instanceof Error ? cause.message : String(cause)}`;
  return new StoreFailure({ operation, message, cause });
}

/** An open database with the store's change watch (its listening connection opens at the first subscriber). */
interface OpenStore extends OpenPostgres {
  readonly watch: ChangeWatch;
}

function open(options: PostgresConnectionOptions): Effect.Effect<OpenStore, StoreFailure> {
  return Effect.tryPromise({
    try: async () => {
      const database = await openPostgres(options);
      return { ...database, watch: postgresChangeWatch(database.connectionString, options.schema) };
    },
    catch: (cause) => failure("open", cause),
  });
}

function close(database: OpenStore): Effect.Effect<void> {
  return Effect.promise(async () => {
    await database.watch.hub.close();
    await database.db.destroy();
  });
}

/** The store and the access tokens on one pool, closed when the scope closes. */
function services(options: PostgresStoreOptions) {
  return Effect.acquireRelease(open(options), close).pipe(
    Effect.map(({ db, watch }) => {
      const dialect = postgresDialectInfo(options.schema);
      return Context.make(Store, makeSqlStore(db, dialect, sqlStoreOptions(options), watch)).pipe(
        Context.add(AccessTokens, makeSqlAccessTokens(db, dialect)),
      );
    }),
  );
}

/** The store on the server, scoped: its pool is closed when the scope closes. */
function make(options: PostgresStoreOptions = {}): Effect.Effect<StoreShape, StoreFailure, Scope.Scope> {
  return Effect.acquireRelease(open(options), close).pipe(
    Effect.map(({ db, watch }) =>
      makeSqlStore(db, postgresDialectInfo(options.schema), sqlStoreOptions(options), watch),
    ),
  );
}

/**
 * core's `Store` on PostgreSQL, for a team sharing one server. The URL comes from the
 * option, else `REMIT_DATABASE_URL`, else `postgres://127.0.0.1:5432/test`; the tables live
 * in `schema` (created and migrated on first open, unless `create: false`: then a schema
 * without Remit's tables is refused and nothing is written). A database migrated by a newer
 * Remit, or one the server does not have, is refused with a StoreFailure that says so.
 * Its `changes` are heard by LISTEN/NOTIFY on a channel of the schema: every write transaction
 * notifies, and one connection per store (opened at the first subscriber) listens, connecting
 * again when it is lost.
 * @example
 * const layer = PostgresStore.layer({ url: "postgres://remit@db.example.org/remit", schema: "remit" });
 * const sessions = await Effect.runPromise(Store.use((store) => store.sessionsOf("ccpcj")).pipe(Effect.provide(layer)));
 */
export const PostgresStore = {
  /**
   * A Layer providing core's `Store` (and `AccessTokens`, the HTTP API's tokens); the connection
   * pool is closed when the layer's scope closes.
   */
  layer: (options: PostgresStoreOptions = {}): Layer.Layer<Store | AccessTokens, StoreFailure> =>
    Layer.effectContext(services(options)),

  /** The store itself, scoped: its pool is closed when the surrounding scope closes. */
  make,

  /**
   * The schema version, applied migrations and records by kind of the store in the database
   * (and schema) of `options`, read without opening it as a Store (which would migrate it).
   */
  status: (options: PostgresConnectionOptions = {}): Effect.Effect<StoreStatus, StoreFailure> =>
    Effect.tryPromise({ try: () => readPostgresStatus(options), catch: (cause) => failure("status", cause) }),

  /** Creates or upgrades the schema to this library's version, and says what it applied. */
  migrate: (options: PostgresConnectionOptions = {}): Effect.Effect<MigrationReport, StoreFailure> =>
    Effect.scoped(
      Effect.acquireRelease(open({ ...options, create: true }), close).pipe(
        Effect.map((database) => database.migration),
      ),
    ),
} as const;
