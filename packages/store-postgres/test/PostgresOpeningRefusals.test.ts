import { SCHEMA_VERSION } from "@remit/store-sql";
import { openingRefusalOf } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { PostgresStore, resolveDatabaseUrl } from "../src";
import { onServer, schemasDroppedAfterEach } from "./TempSchema";

/** A new schema for one test, dropped after it. */
const newSchema = schemasDroppedAfterEach();

// PostgreSQL has no read-only open, so SchemaNeedsMigration and RegionMembershipOutdated
// (refusals of a read-only SQLite file) cannot happen here.
describe("a PostgreSQL store that cannot be opened as asked says why, by a tag and a message to act on", () => {
  it("a schema without Remit's tables, opened to read, is StoreNotFound naming the database and schema", async () => {
    const schema = newSchema();
    const refusal = await openingRefusalOf(Effect.scoped(PostgresStore.make({ schema, create: false })));
    expect(refusal._tag).toBe("StoreNotFound");
    expect(refusal).toMatchObject({
      where: expect.stringMatching(new RegExp(`^PostgreSQL database .*\\(schema ${schema}\\)$`)),
    });
    expect(refusal.message).toMatch(/^There is no Remit store in the PostgreSQL database .*: nothing was created\./);
    expect(refusal.message).toContain("create the store first (`remit init`");
    expect((await openingRefusalOf(PostgresStore.status({ schema })))._tag).toBe("StoreNotFound");
  });

  it("a database the server does not have is StoreNotFound whose reason says to create it", async () => {
    const url = new URL(resolveDatabaseUrl(undefined));
    url.pathname = "/remit_no_such_database";
    const refusal = await openingRefusalOf(Effect.scoped(PostgresStore.make({ url: url.toString(), schema: "remit" })));
    expect(refusal).toMatchObject({
      _tag: "StoreNotFound",
      reason: expect.stringContaining('database "remit_no_such_database" does not exist'),
    });
    expect(refusal.message).toContain("create the database on the server, or check the URL");
  });

  it("a schema a newer Remit migrated is SchemaTooNew with both versions, and is left alone", async () => {
    const schema = newSchema();
    await Effect.runPromise(PostgresStore.migrate({ schema }));
    await onServer((db) =>
      db
        .withSchema(schema)
        .insertInto("remit_migrations")
        .values({ version: SCHEMA_VERSION + 1, name: "from-the-future", applied_at: "2030-01-01" })
        .execute(),
    );
    const refusal = await openingRefusalOf(Effect.scoped(PostgresStore.make({ schema })));
    expect(refusal).toMatchObject({
      _tag: "SchemaTooNew",
      databaseVersion: SCHEMA_VERSION + 1,
      libraryVersion: SCHEMA_VERSION,
    });
    expect(refusal.message).toContain(`(schema ${schema}) database is at schema version ${SCHEMA_VERSION + 1}`);
    expect(refusal.message).toContain("upgrade @remit/store-sqlite or @remit/store-postgres");
  });
});
