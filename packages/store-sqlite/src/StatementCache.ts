import type { Database, Statement } from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** How many prepared statements one connection keeps. */
const CAPACITY = 256;

/**
 * better-sqlite3 behind Kysely, with its prepared statements kept and reused. Kysely's
 * SQLite driver prepares every query anew; SQLite's prepare parses and plans the SQL each
 * time, which costs more than running a small INSERT. The store's batch inserts and lookups
 * repeat a few SQL texts many times, so an LRU cache of statements by SQL text removes that
 * cost. Only one query runs at a time on the connection (Kysely holds a mutex), so a cached
 * statement is never in use twice.
 */
export function cachingDatabase(database: Database): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= CAPACITY) {
          const oldest = statements.keys().next();
          if (oldest.done !== true) statements.delete(oldest.value);
        }
      } else {
        // Re-inserting moves it to the young end of the map's order.
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
