import { existsSync, statSync } from "node:fs";
import { StoreNotFound, readStoreStatus, type RemitDatabase, type StoreStatus } from "@remit/store-sql";
import { Kysely, SqliteDialect } from "kysely";
import { sqliteDriver } from "./SqliteDriver";

/** A SQLite store's status, with the size of its file. */
export interface SqliteStatus extends StoreStatus {
  /** The database file's size in bytes. */
  readonly bytes: number;
}

/**
 * Reads the status of the SQLite store at `path` on a read-only connection: no file, no
 * folder, no table is created and no migration is applied, so a store at an older schema is
 * reported as it is. A missing file, or one without Remit's tables, is StoreNotFound.
 */
export async function readSqliteStatus(path: string): Promise<SqliteStatus> {
  const where = `SQLite database at ${path}`;
  if (!existsSync(path)) throw new StoreNotFound({ where });
  const connection = new (sqliteDriver())(path, { readonly: true, fileMustExist: true });
  const db = new Kysely<RemitDatabase>({ dialect: new SqliteDialect({ database: connection }) });
  try {
    const table = connection
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'remit_migrations'")
      .get();
    if (table === undefined) throw new StoreNotFound({ where });
    return { ...(await readStoreStatus(db)), bytes: statSync(path).size };
  } finally {
    await db.destroy();
  }
}
