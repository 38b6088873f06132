import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { SCHEMA_VERSION, SchemaTooNew, StoreNotFound } from "@remit/store-sql";
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

/** The schema version of an open Remit database; StoreNotFound when the file is no Remit database. */
function schemaVersionOf(database: Database, where: string): number {
  const table = database
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'remit_migrations'")
    .get();
  if (table === undefined)
    throw new StoreNotFound({ where, reason: "it is not a Remit database: no remit_migrations table" });
  const row = database.prepare("select max(version) as version from remit_migrations").get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/**
 * Copies the Remit database `source` (named `where` in refusals) into `target` with SQLite's
 * online backup, after `check` accepts its schema version. A missing file, or one without
 * Remit's tables, is StoreNotFound: nothing is copied.
 */
async function copy(
  source: string,
  target: string,
  where: string,
  check: (version: number) => void,
): Promise<BackupReport> {
  if (!existsSync(source)) throw new StoreNotFound({ where, reason: "there is no file at that path" });
  // Read-only: a backup only reads its source, which may be a file this process cannot write.
  const database = new (sqliteDriver())(source, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = schemaVersionOf(database, where);
    check(schemaVersion);
    const progress = await database.backup(target);
    return { target, pages: progress.totalPages, schemaVersion };
  } finally {
    database.close();
  }
}

/**
 * The temporary file of a backup: in the target's own folder (a rename across file systems
 * is not atomic), hidden, and unique to this process.
 */
function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(3).toString("hex")}.tmp`);
}

/**
 * Copies the database at `path` into `target` with SQLite's online backup (safe while it is
 * in use), atomically: the copy is written next to `target` and renamed over it when
 * complete, so `target` holds the old file or the whole backup, never half of one; a failed
 * backup leaves no temporary file behind.
 */
export async function backupDatabase(path: string, target: string): Promise<BackupReport> {
  const temporary = temporaryPathFor(target);
  try {
    const report = await copy(path, temporary, `SQLite database at ${path}`, () => undefined);
    await rename(temporary, target);
    return { ...report, target };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Replaces the database at `path` with the backup at `source`, refusing a backup from a newer Remit. */
export function restoreDatabase(source: string, path: string): Promise<BackupReport> {
  const where = `backup at ${source}`;
  return copy(source, path, where, (version) => {
    if (version > SCHEMA_VERSION)
      throw new SchemaTooNew({ databaseVersion: version, libraryVersion: SCHEMA_VERSION, where });
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
