import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Effect } from "effect";
import { sql } from "kysely";
import { afterAll } from "vitest";
import { releasedDatabaseRules } from "@remit/store-sql/testing";
import { PostgresStore } from "../src";
import { dropSchema, onServer, tempSchemaName } from "./TempSchema";

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

// pg_dump --inserts of a schema written by Remit 0.1.0 (schema version 1), named
// remit_fixture_010: the dataset, 40 synthetic activities with observations, an edited
// activity, a removed observation and kept aggregations.
const FIXTURE = join(import.meta.dirname, "fixtures", "remit-0.1.0.sql.gz");

releasedDatabaseRules({
  open: async () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    const script = gunzipSync(readFileSync(FIXTURE)).toString("utf8").replaceAll("remit_fixture_010", schema);
    await onServer((db) => sql.raw(script).execute(db));
    const migration = await Effect.runPromise(PostgresStore.migrate({ schema }));
    return { migration, layer: PostgresStore.layer({ schema, poolSize: 2 }) };
  },
});
