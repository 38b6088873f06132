import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { SCHEMA_VERSION, SchemaTooNew } from "@remit/store-sql";
import type { Database } from "better-sqlite3";
import { sqliteDriver } from "./SqliteDriver";

/** What a backup or a restore copied. */
export interface BackupReport {
  /** The file written. */
  readonly target: string;
  /** Database pages copied. */
  readonly pages: number;
  /** The schema version of the copied database. */
  readonly schemaVersion: number;
}

/** The schema version of an open Remit database; throws when the file is no Remit database. */
function schemaVersionOf(database: Database, path: string): number {
  const table = database
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'remit_migrations'")
    .get();
  if (table === undefined) throw new Error(`${path} is not a Remit database (it has no remit_migrations table)`);
  const row = database.prepare("select max(version) as version from remit_migrations").get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

async function copy(source: string, target: string, check: (version: number) => void): Promise<BackupReport> {
  if (!existsSync(source)) throw new Error(`there is no database file at ${source}`);
  // Read-only: a backup only reads its source, which may be a file this process cannot write.
  const database = new (sqliteDriver())(source, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = schemaVersionOf(database, source);
    check(schemaVersion);
    const progress = await database.backup(target);
    return { target, pages: progress.totalPages, schemaVersion };
  } finally {
    database.close();
  }
}

/** Copies the database at `path` into `target` with SQLite's online backup (safe while it is in use). */
export function backupDatabase(path: string, target: string): Promise<BackupReport> {
  return copy(path, target, () => undefined);
}

/** Replaces the database at `path` with the backup at `source`, refusing a backup from a newer Remit. */
export function restoreDatabase(source: string, path: string): Promise<BackupReport> {
  return copy(source, path, (version) => {
    if (version > SCHEMA_VERSION)
      throw new SchemaTooNew({
        databaseVersion: version,
        libraryVersion: SCHEMA_VERSION,
        where: `backup at ${source}`,
      });
  });
}

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_HEADER = "SQLite format 3\0";

/**
 * Whether the file at `path` is a SQLite database (by its header), so that a restore knows a
 * database backup from a JSON Lines one before opening it as either.
 * @example await isSqliteDatabaseFile("backup.db") // true
 */
export async function isSqliteDatabaseFile(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    await file.read(buffer, 0, buffer.length, 0);
    return buffer.toString("latin1") === SQLITE_HEADER;
  } finally {
    await file.close();
  }
}
