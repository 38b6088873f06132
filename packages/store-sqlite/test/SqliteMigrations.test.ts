import { existsSync } from "node:fs";
import { MIGRATIONS, SCHEMA_VERSION } from "@remit/store-sql";
import { sqliteDriver } from "../src/SqliteDriver";
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
import { SqliteStore } from "../src";
import { migratedDatabaseAt } from "./MigratedDatabase";
import { pathsRemovedAfterEach } from "./TempDatabase";

// The same better-sqlite3 the store opens on this Node.js version.
const Database = sqliteDriver();

/** A path in a new folder for one test, removed after it. */
const newPath = pathsRemovedAfterEach();

function appliedVersions(path: string): number[] {
  const database = new Database(path, { readonly: true });
  try {
    return (
      database.prepare("select version from remit_migrations order by version").all() as { version: number }[]
    ).map((row) => row.version);
  } finally {
    database.close();
  }
}

describe("migrations of a SQLite store", () => {
  it("opening a path that does not exist creates the file, its folder and the schema", async () => {
    const path = newPath("nested/folder/remit.db");
    expect(existsSync(path)).toBe(false);
    const report = await Effect.runPromise(SqliteStore.migrate(path));
    expect(report).toEqual({
      from: 0,
      to: SCHEMA_VERSION,
      applied: MIGRATIONS.map(({ version, name }) => ({ version, name })),
    });
    expect(existsSync(path)).toBe(true);
    expect(appliedVersions(path)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it("reopening a migrated database is a no-op that keeps its records", async () => {
    const path = newPath("remit.db");
    const [record] = activities(1);
    await withStore(
      () => SqliteStore.layer({ path }),
      (store) => succeeds(store.put("activity", record!, { actor: "editor" })),
    );
    const again = await Effect.runPromise(SqliteStore.migrate(path));
    expect(again).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
    expect(appliedVersions(path)).toHaveLength(MIGRATIONS.length);
    const stored = await withStore(
      () => SqliteStore.layer({ path }),
      (store) => succeeds(store.get("activity", record!.id)),
    );
    expect(stored).toMatchObject({ revision: 1, record: record });
  });

  it("a database written by a newer Remit is refused with a message that says what to do, and left alone", async () => {
    const path = newPath("newer.db");
    await Effect.runPromise(SqliteStore.migrate(path));
    const database = new Database(path);
    database
      .prepare("insert into remit_migrations (version, name, applied_at) values (?, ?, ?)")
      .run(SCHEMA_VERSION + 1, "from-the-future", "2030-01-01T00:00:00.000Z");
    database.close();
    const refused = await Effect.runPromise(Effect.result(SqliteStore.migrate(path)));
    expect(Result.isFailure(refused)).toBe(true);
    if (!Result.isFailure(refused)) return;
    expect(refused.failure._tag).toBe("StoreFailure");
    expect(refused.failure.message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(refused.failure.message).toContain(`up to ${SCHEMA_VERSION}`);
    expect(refused.failure.message).toContain("upgrade");
    const layer = await Effect.runPromise(Effect.result(Effect.scoped(SqliteStore.make({ path }))));
    expect(Result.isFailure(layer) && layer.failure._tag).toBe("StoreFailure");
    expect(appliedVersions(path)).toEqual([...MIGRATIONS.map((migration) => migration.version), SCHEMA_VERSION + 1]);
  });
});

const migratedDatabase = migratedDatabaseAt(newPath, "region-rows.db");

regionRowsMigrationRules(migratedDatabase);
facetStartKeysMigrationRules(migratedDatabase);
regionMembershipRules(migratedDatabase);
