import { MIGRATIONS, SCHEMA_VERSION } from "@remit/store-sql";
import { Effect, Result } from "effect";
import { describe, expect, it } from "vitest";
import {
  activities,
  regionMembershipRules,
  regionRowsMigrationRules,
  facetStartKeysMigrationRules,
  succeeds,
  withStore,
} from "@remit/store-sql/testing";
import { PostgresStore } from "../src";
import { migratedSchemaFrom } from "./MigratedSchema";
import { onServer, schemasDroppedAfterEach } from "./TempSchema";

/** A new schema for one test, dropped after it. */
const newSchema = schemasDroppedAfterEach();

async function appliedVersions(schema: string): Promise<number[]> {
  const rows = await onServer((db) =>
    db.withSchema(schema).selectFrom("remit_migrations").select("version").orderBy("version").execute(),
  );
  return rows.map((row) => row.version);
}

describe("migrations of a PostgreSQL store", () => {
  it("opening a schema that does not exist creates and migrates it", async () => {
    const schema = newSchema();
    const report = await Effect.runPromise(PostgresStore.migrate({ schema }));
    expect(report).toEqual({
      from: 0,
      to: SCHEMA_VERSION,
      applied: MIGRATIONS.map(({ version, name }) => ({ version, name })),
    });
    expect(await appliedVersions(schema)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it("reopening a migrated schema is a no-op that keeps its records", async () => {
    const schema = newSchema();
    const [record] = activities(1);
    await withStore(
      () => PostgresStore.layer({ schema }),
      (store) => succeeds(store.put("activity", record!, { actor: "editor" })),
    );
    expect(await Effect.runPromise(PostgresStore.migrate({ schema }))).toEqual({
      from: SCHEMA_VERSION,
      to: SCHEMA_VERSION,
      applied: [],
    });
    const stored = await withStore(
      () => PostgresStore.layer({ schema }),
      (store) => succeeds(store.get("activity", record!.id)),
    );
    expect(stored).toMatchObject({ revision: 1, record });
  });

  it("two stores opening a new schema at once migrate it once", async () => {
    const schema = newSchema();
    const reports = await Promise.all([
      Effect.runPromise(PostgresStore.migrate({ schema })),
      Effect.runPromise(PostgresStore.migrate({ schema })),
    ]);
    expect(reports.map((report) => report.applied.length).sort()).toEqual([0, MIGRATIONS.length]);
    expect(await appliedVersions(schema)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it("a schema migrated by a newer Remit is refused with a message that says what to do, and left alone", async () => {
    const schema = newSchema();
    await Effect.runPromise(PostgresStore.migrate({ schema }));
    await onServer((db) =>
      db
        .withSchema(schema)
        .insertInto("remit_migrations")
        .values({ version: SCHEMA_VERSION + 1, name: "from-the-future", applied_at: "2030-01-01" })
        .execute(),
    );
    const refused = await Effect.runPromise(Effect.result(PostgresStore.migrate({ schema })));
    expect(Result.isFailure(refused)).toBe(true);
    if (!Result.isFailure(refused)) return;
    expect(refused.failure._tag).toBe("StoreFailure");
    expect(refused.failure.message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(refused.failure.message).toContain("upgrade");
    expect(refused.failure.message).toContain(schema);
    expect(await appliedVersions(schema)).toEqual([
      ...MIGRATIONS.map((migration) => migration.version),
      SCHEMA_VERSION + 1,
    ]);
  });
});

const migratedDatabase = migratedSchemaFrom(newSchema);

regionRowsMigrationRules(migratedDatabase);
facetStartKeysMigrationRules(migratedDatabase);
regionMembershipRules(migratedDatabase);
