import type { MigratedDatabase } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { PostgresStore } from "../src";
import { onServer } from "./TempSchema";

/**
 * A migrated store for the shared rules that look at its tables: each `open` migrates a new
 * schema from `newSchema` (a test's own, dropped after it).
 */
export function migratedSchemaFrom(newSchema: () => string): MigratedDatabase {
  return {
    open: async () => {
      const schema = newSchema();
      await Effect.runPromise(PostgresStore.migrate({ schema }));
      return {
        layer: () => PostgresStore.layer({ schema, poolSize: 2 }),
        migrate: () => Effect.runPromise(PostgresStore.migrate({ schema })),
        onTables: (work) => onServer((db) => work(db.withSchema(schema))),
      };
    },
  };
}
