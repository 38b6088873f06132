import { dirname, resolve } from "node:path";
import { migrate, type MigrationReport, type RemitDatabase } from "@remit/store-sql";
import { sqliteDriver } from "./SqliteDriver";
import { createDatabaseFolder } from "./DatabaseFolder";
import { Kysely, SqliteDialect } from "kysely";
import { CONNECTION_PRAGMAS } from "./SqlitePragmas";
import { sqliteDialectInfo } from "./SqliteDialectInfo";
import { cachingDatabase } from "./StatementCache";

/** An open, migrated SQLite database: Kysely over one better-sqlite3 connection. */
export interface OpenSqlite {
  readonly db: Kysely<RemitDatabase>;
  /** What opening it migrated (nothing, for a database already at this library's version). */
  readonly migration: MigrationReport;
}

/** Whether `path` names an in-memory database rather than a file. */
function inMemory(path: string): boolean {
  return path === ":memory:" || path === "";
}

/**
 * Opens (creating the file and its folder when missing) and migrates the database at
 * `path`, with the store's connection settings. Closed by `db.destroy()`.
 */
export async function openSqlite(path: string): Promise<OpenSqlite> {
  if (!inMemory(path)) createDatabaseFolder(dirname(resolve(path)));
  const connection = new (sqliteDriver())(path);
  const db = new Kysely<RemitDatabase>({ dialect: new SqliteDialect({ database: cachingDatabase(connection) }) });
  try {
    for (const pragma of CONNECTION_PRAGMAS) await pragma.execute(db);
    const migration = await migrate(db, sqliteDialectInfo, `SQLite database at ${path}`);
    return { db, migration };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
