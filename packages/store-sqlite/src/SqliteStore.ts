import { AccessTokens, Store, StoreFailure, type StoreShape } from "@remit/core";
import {
  isStoreOpeningRefusal,
  makeSqlAccessTokens,
  makeSqlStore,
  type ChangeWatch,
  type MigrationReport,
  type SqlStoreOptions,
} from "@remit/store-sql";
import { Context, Effect, Layer, type Scope } from "effect";
import { backupDatabase, restoreDatabase, type BackupReport } from "./SqliteBackup";
import { openSqlite, type OpenSqlite } from "./SqliteDatabase";
import { sqliteChangeWatch } from "./SqliteChanges";
import { sqliteDialectInfo } from "./SqliteDialectInfo";
import { readSqliteStatus, type SqliteStatus } from "./SqliteStatus";

/** Where the SQLite store lives, and how it writes (see `SqlStoreOptions`). */
export interface SqliteStoreOptions extends SqlStoreOptions {
  /** The database file; created with its folder, and migrated, when it does not exist. */
  readonly path: string;
  /**
   * Open the file read-only (default false; a file this process cannot write is always
   * opened so): reads work, nothing is created or migrated, and a write fails with a
   * StoreFailure that says the store is read-only. The file must exist at this library's
   * schema version, with the installed core's M49 region membership (a writable open
   * rewrites it after core is upgraded; a read-only one is refused until then).
   */
  readonly readOnly?: boolean;
  /**
   * Milliseconds between looks for commits by other processes on the file, while anyone
   * follows the store's `changes` (default 100). Its own commits are told at once.
   */
  readonly changePollMilliseconds?: number;
}

/** A refusal to open already says where and what to do; anything else is said with the operation and file. */
function failure(operation: string, path: string, cause: unknown): StoreFailure {
  const message = isStoreOpeningRefusal(cause)
    ? cause.message
    : `${operation} of the SQLite store at ${path} failed: ${cause instanceof Error ? cause.message : String(cause)}`;
  return new StoreFailure({ operation, message, cause });
}

/** An open database with the store's change watch (its poll starts at the first subscriber). */
interface OpenStore extends OpenSqlite {
  readonly watch: ChangeWatch;
}

function open(path: string, readOnly = false, pollMs?: number): Effect.Effect<OpenStore, StoreFailure> {
  return Effect.tryPromise({
    try: async () => {
      const database = await openSqlite(path, { readOnly });
      return { ...database, watch: sqliteChangeWatch(database.db, pollMs) };
    },
    catch: (cause) => failure("open", path, cause),
  });
}

function close(database: OpenStore): Effect.Effect<void> {
  return Effect.promise(async () => {
    await database.watch.hub.close();
    await database.db.destroy();
  });
}

/** The store on the database at `options.path`, closed when the scope closes. */
function make(options: SqliteStoreOptions): Effect.Effect<StoreShape, StoreFailure, Scope.Scope> {
  return Effect.acquireRelease(open(options.path, options.readOnly, options.changePollMilliseconds), close).pipe(
    Effect.map(({ db, watch }) => makeSqlStore(db, sqliteDialectInfo, options, watch)),
  );
}

/** The store and the access tokens on one open database, closed when the scope closes. */
function services(options: SqliteStoreOptions) {
  return Effect.acquireRelease(open(options.path, options.readOnly, options.changePollMilliseconds), close).pipe(
    Effect.map(({ db, watch }) =>
      Context.make(Store, makeSqlStore(db, sqliteDialectInfo, options, watch)).pipe(
        Context.add(AccessTokens, makeSqlAccessTokens(db, sqliteDialectInfo)),
      ),
    ),
  );
}

/**
 * core's `Store` on one SQLite file: the embedded default, zero set-up. Opening a path that
 * does not exist creates and migrates it; a database written by a newer Remit is refused
 * with a StoreFailure that says so. WAL mode, foreign keys on. With `readOnly` (or on a file
 * this process cannot write) the file is only read: writes fail with a StoreFailure. Its
 * `changes` tell its own commits at once and find other processes' by polling
 * `PRAGMA data_version` (see `changePollMilliseconds`).
 * @example
 * const program = Effect.gen(function* () {
 *   const store = yield* Store;
 *   yield* store.put("body", ccpcj, { actor: "editor" });
 *   return yield* store.findActivities({ topic: "cryptocurrency" });
 * });
 * await Effect.runPromise(program.pipe(Effect.provide(SqliteStore.layer({ path: "remit.db" }))));
 */
export const SqliteStore = {
  /**
   * A Layer providing core's `Store` (and `AccessTokens`, the HTTP API's tokens) on the file at
   * `options.path`; the file is closed when the layer's scope closes.
   */
  layer: (options: SqliteStoreOptions): Layer.Layer<Store | AccessTokens, StoreFailure> =>
    Layer.effectContext(services(options)),

  /** The store itself, scoped: closed when the surrounding scope closes. */
  make,

  /** Creates or upgrades the database at `path` to this library's schema, and says what it applied. */
  migrate: (path: string): Effect.Effect<MigrationReport, StoreFailure> =>
    Effect.scoped(Effect.acquireRelease(open(path), close).pipe(Effect.map((database) => database.migration))),

  /**
   * The schema version, applied migrations, records by kind and file size of the store at
   * `path`, read without opening it as a Store (which would migrate it): nothing is written.
   */
  status: (path: string): Effect.Effect<SqliteStatus, StoreFailure> =>
    Effect.tryPromise({ try: () => readSqliteStatus(path), catch: (cause) => failure("status", path, cause) }),

  /**
   * Copies the live database at `path` into the file `target` (SQLite's online backup),
   * atomically: written beside `target` and renamed over it when complete, so `target` is
   * never half a backup. No Remit database at `path` fails with a StoreFailure whose cause is
   * the refusal `StoreNotFound`, as opening it to read would.
   */
  backup: (path: string, target: string): Effect.Effect<BackupReport, StoreFailure> =>
    Effect.tryPromise({
      try: () => backupDatabase(path, target),
      catch: (cause) => failure(`backup into ${target}`, path, cause),
    }),

  /**
   * Replaces the database at `path` with the backup `source`, after checking that the backup
   * is a Remit database this library can open (else the StoreFailure's cause is the refusal,
   * `StoreNotFound` or `SchemaTooNew`). Close every store on `path` first.
   */
  restore: (source: string, path: string): Effect.Effect<BackupReport, StoreFailure> =>
    Effect.tryPromise({ try: () => restoreDatabase(source, path), catch: (cause) => failure("restore", path, cause) }),
} as const;
