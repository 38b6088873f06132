import { MIGRATIONS, SCHEMA_VERSION } from "@remit/store-sql";
import { activities, succeeds, withStore } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { PostgresStore } from "../src";
import { onServer, schemasDroppedAfterEach } from "./TempSchema";

/** A new schema for one test, dropped after it. */
const newSchema = schemasDroppedAfterEach();

const status = (schema: string) => Effect.runPromise(PostgresStore.status({ schema }));

describe("the status of a PostgreSQL store", () => {
  it("of a new schema is this library's version, every migration and no records", async () => {
    const schema = newSchema();
    await Effect.runPromise(PostgresStore.migrate({ schema }));
    const read = await status(schema);
    expect(read.schemaVersion).toBe(SCHEMA_VERSION);
    expect(read.latestVersion).toBe(SCHEMA_VERSION);
    expect(read.migrations.map((migration) => migration.version)).toEqual(MIGRATIONS.map((step) => step.version));
    expect(read.records).toEqual({});
  });

  it("counts the records by kind, and reports an older schema as behind without migrating it", async () => {
    const schema = newSchema();
    await withStore(
      () => PostgresStore.layer({ schema, poolSize: 2 }),
      async (store) => {
        for (const record of activities(2)) await succeeds(store.put("activity", record, { actor: "editor" }));
      },
    );
    await onServer((db) =>
      db.withSchema(schema).deleteFrom("remit_migrations").where("version", "=", SCHEMA_VERSION).execute(),
    );
    const read = await status(schema);
    expect(read.records).toEqual({ activity: 2 });
    // The version before the latest: numbers may skip (a migration taken but not yet released).
    expect(read.schemaVersion).toBe(MIGRATIONS.at(-2)!.version);
    expect((await status(schema)).schemaVersion).toBe(MIGRATIONS.at(-2)!.version);
  });

  it("of a schema without Remit's tables fails, saying there is no store, and creates nothing", async () => {
    const schema = newSchema();
    const failure = await Effect.runPromise(Effect.flip(PostgresStore.status({ schema })));
    expect(failure._tag).toBe("StoreFailure");
    expect(failure.message).toContain(`There is no Remit store in the PostgreSQL database`);
    const found = await onServer((db) => db.introspection.getSchemas());
    expect(found.some((each) => each.name === schema)).toBe(false);
  });
});
