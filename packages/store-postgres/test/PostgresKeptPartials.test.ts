import { keptPartialsRules } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { PostgresStore } from "../src";
import { onServer, schemasDroppedAfterEach } from "./TempSchema";

const newSchema = schemasDroppedAfterEach();

keptPartialsRules({
  open: async () => {
    const schema = newSchema();
    await Effect.runPromise(PostgresStore.migrate({ schema }));
    return {
      layer: () => PostgresStore.layer({ schema, poolSize: 2 }),
      migrate: () => Effect.runPromise(PostgresStore.migrate({ schema })),
      onTables: (work) => onServer((db) => work(db.withSchema(schema))),
    };
  },
});
