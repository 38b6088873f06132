import type { DialectInfo } from "@remit/store-sql";
import { sql } from "kysely";
import { BULK_IMPORT_PRAGMAS, READ_PRAGMAS } from "./SqlitePragmas";

/** SQLite's error codes for a database another connection holds locked. */
function isBusy(error: unknown): boolean {
  const code = (error as { readonly code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * What the shared SQL code needs to know about SQLite: `BEGIN IMMEDIATE` for writes (the
 * write lock is taken before the read, so a concurrent writer waits instead of failing at
 * commit), clustered index tables, and lighter settings during a bulk import.
 */
export const sqliteDialectInfo: DialectInfo = {
  name: "sqlite",
  beginWrite: sql`begin immediate`,
  serialType: "integer",
  clusteredTableSuffix: sql`without rowid`,
  // BINARY, SQLite's default collation, is already byte order.
  idColumn: (column) => column,
  maxParameters: 32_766,
  // BEGIN IMMEDIATE already excludes every other writer.
  lockForMigration: async () => undefined,
  tuneForBulkImport: async (connection) => {
    for (const pragma of BULK_IMPORT_PRAGMAS) await pragma.execute(connection);
    return async () => {
      for (const pragma of READ_PRAGMAS) await pragma.execute(connection);
    };
  },
  analyze: async (connection) => {
    // A sampled ANALYZE: seconds on millions of rows become milliseconds, and the planner
    // only needs the rough shape of the index tables.
    await sql`pragma analysis_limit = 1000`.execute(connection);
    await sql`analyze`.execute(connection);
  },
  isBusy,
};
