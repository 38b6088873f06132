import type { RemitDatabase } from "@remit/store-sql";
import { keptPartialsRules } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { Kysely, SqliteDialect } from "kysely";
import { SqliteStore } from "../src";
import { sqliteDriver } from "../src/SqliteDriver";
import { pathsRemovedAfterEach } from "./TempDatabase";

// The same better-sqlite3 the store opens on this Node.js version.
const Database = sqliteDriver();
const newPath = pathsRemovedAfterEach();

keptPartialsRules({
  open: async () => {
    const path = newPath("kept-partials.db");
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
});
