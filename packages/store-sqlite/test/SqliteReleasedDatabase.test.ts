import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll } from "vitest";
import { Effect } from "effect";
import { releasedDatabaseRules } from "@remit/store-sql/testing";
import { SqliteStore } from "../src";
import { tempFolder } from "./TempDatabase";

const folder = tempFolder();
afterAll(() => folder.remove());

// Written by Remit 0.1.0 (schema version 1): the dataset, 40 synthetic activities with
// observations, an edited activity, a removed observation and kept aggregations.
const FIXTURE = join(import.meta.dirname, "fixtures", "remit-0.1.0.db.gz");

releasedDatabaseRules({
  open: async () => {
    const path = folder.path(`released-${Date.now()}.db`);
    writeFileSync(path, gunzipSync(readFileSync(FIXTURE)));
    const migration = await Effect.runPromise(SqliteStore.migrate(path));
    return { migration, layer: SqliteStore.layer({ path }) };
  },
});
