import { accessSync, constants, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { StoreNotFound, checkStoreVersion, migrate, type MigrationReport, type RemitDatabase } from "@remit/store-sql";
import { sqliteDriver } from "./SqliteDriver";
import { createDatabaseFolder } from "./DatabaseFolder";
import { Kysely, SqliteDialect, sql } from "kysely";
import { CONNECTION_PRAGMAS, READ_ONLY_CONNECTION_PRAGMAS } from "./SqlitePragmas";
import { sqliteDialectInfo } from "./SqliteDialectInfo";
import { cachingDatabase } from "./StatementCache";

/** An open, migrated SQLite database: Kysely over one better-sqlite3 connection. */
export interface OpenSqlite {
  readonly db: Kysely<RemitDatabase>;
  /** What opening it migrated (nothing, for a database already at this library's version). */
  readonly migration: MigrationReport;
  /** Whether the connection is read-only: asked for, or the file cannot be written. */
  readonly readOnly: boolean;
}

/** How to open the database. */
export interface SqliteOpenOptions {
  /** Open read-only: the file must exist at this library's schema version; nothing is written. */
  readonly readOnly?: boolean;
}

/** Whether `path` names an in-memory database rather than a file. */
function inMemory(path: string): boolean {
  return path === ":memory:" || path === "";
}

/** Whether this process may write the existing file at `path` (root may write any). */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (creating the file and its folder when missing) and migrates the database at
 * `path`, with the store's connection settings. Closed by `db.destroy()`. Read-only when
 * asked, or when the file exists but cannot be written: then nothing is created or
 * migrated, and a missing file, a file without Remit's tables or an older schema is refused.
 */
export async function openSqlite(path: string, options: SqliteOpenOptions = {}): Promise<OpenSqlite> {
  const where = `SQLite database at ${path}`;
  const readOnly = !inMemory(path) && (options.readOnly === true || (existsSync(path) && !writable(path)));
  if (readOnly && !existsSync(path)) throw new StoreNotFound({ where });
  if (!inMemory(path) && !readOnly) createDatabaseFolder(dirname(resolve(path)));
  const connection = new (sqliteDriver())(path, readOnly ? { readonly: true, fileMustExist: true } : {});
  const db = new Kysely<RemitDatabase>({ dialect: new SqliteDialect({ database: cachingDatabase(connection) }) });
  try {
    for (const pragma of readOnly ? READ_ONLY_CONNECTION_PRAGMAS : CONNECTION_PRAGMAS) await pragma.execute(db);
    const migration = readOnly
      ? await checkStoreVersion(db, await hasMigrationsTable(db), where)
      : await migrate(db, sqliteDialectInfo, where);
    return { db, migration, readOnly };
  } catch (error) {
    await db.destroy();
    throw readOnlyFolderError(error, path);
  }
}

/**
 * SQLite reads a WAL database through a shared-memory file beside it (`-shm`), which it must
 * create when it is missing; in a folder this process cannot write, say that, not "attempt
 * to write a readonly database".
 */
function readOnlyFolderError(error: unknown, path: string): unknown {
  if ((error as { readonly code?: unknown } | null)?.code !== "SQLITE_READONLY_DIRECTORY") return error;
  return new Error(
    `the folder ${dirname(resolve(path))} cannot be written, and SQLite must create ${path}-shm there to read ` +
      `this database; make the folder writable, or copy the database to a folder you can write`,
    { cause: error },
  );
}

async function hasMigrationsTable(db: Kysely<RemitDatabase>): Promise<boolean> {
  const { rows } = await sql<{
    found: number;
  }>`select count(*) as found from sqlite_master where type = 'table' and name = 'remit_migrations'`.execute(db);
  return Number(rows[0]?.found ?? 0) > 0;
}
