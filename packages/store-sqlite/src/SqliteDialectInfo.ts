import type { Connection, DialectInfo } from "@remit/store-sql";
import { sql } from "kysely";
import { BULK_IMPORT_PRAGMAS, READ_PRAGMAS } from "./SqlitePragmas";

/** SQLite's error codes for a database another connection holds locked. */
function isBusy(error: unknown): boolean {
  const code = (error as { readonly code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/** How long a writer waits for another connection's write lock before giving up. */
const WRITE_LOCK_WAIT_MS = 10_000;

/**
 * `BEGIN IMMEDIATE`, retried while another connection holds the write lock. better-sqlite3
 * is synchronous: SQLite's own busy timeout would sleep on the event loop, so that a second
 * connection in the same process could never let the first one finish. The connection's
 * busy timeout is 0 and the wait happens here, between attempts, with growing pauses.
 */
async function beginWrite(connection: Connection): Promise<void> {
  const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
  for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
    try {
      await sql`begin immediate`.execute(connection);
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/**
 * What the shared SQL code needs to know about SQLite: `BEGIN IMMEDIATE` for writes (the
 * write lock is taken before the read, so a concurrent writer waits instead of failing at
 * commit), clustered index tables, and lighter settings during a bulk import.
 */
export const sqliteDialectInfo: DialectInfo = {
  name: "sqlite",
  beginWrite,
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
