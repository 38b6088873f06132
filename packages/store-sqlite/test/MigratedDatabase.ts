import type { RemitDatabase } from "@remit/store-sql";
import type { MigratedDatabase } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { Kysely, SqliteDialect } from "kysely";
import { SqliteStore } from "../src";
import { sqliteDriver } from "../src/SqliteDriver";

// The same better-sqlite3 the store opens on this Node.js version.
const Database = sqliteDriver();

/**
 * A migrated store file for the shared rules that look at its tables: each `open` makes a new
 * `name` through `newPath` (a test's folder, removed after it).
 */
export function migratedDatabaseAt(newPath: (name: string) => string, name: string): MigratedDatabase {
  return {
    open: async () => {
      const path = newPath(name);
      await Effect.runPromise(SqliteStore.migrate(path));
      return {
        layer: () => SqliteStore.layer({ path }),
        migrate: () => Effect.runPromise(SqliteStore.migrate(path)),
        onTables: async (work) => {
          const db = new Kysely<RemitDatabase>({ dialect: new SqliteDialect({ database: new Database(path) }) });
          try {
            return await work(db);
          } finally {
            await db.destroy();
          }
        },
      };
    },
  };
}
