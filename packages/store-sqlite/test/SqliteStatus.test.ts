import { existsSync } from "node:fs";
import { MIGRATIONS, SCHEMA_VERSION } from "@remit/store-sql";
import { activities, succeeds, withStore } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../src";
import { sqliteDriver } from "../src/SqliteDriver";
import { tempFolder } from "./TempDatabase";

const folders: ReturnType<typeof tempFolder>[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

function newPath(name = "remit.db"): string {
  const folder = tempFolder();
  folders.push(folder);
  return folder.path(name);
}

const status = (path: string) => Effect.runPromise(SqliteStore.status(path));
const failedStatus = (path: string) => Effect.runPromise(Effect.flip(SqliteStore.status(path)));

describe("the status of a SQLite store", () => {
  it("of a new store is this library's schema version, every migration, no records and the file's size", async () => {
    const path = newPath();
    await Effect.runPromise(SqliteStore.migrate(path));
    const read = await status(path);
    expect(read.schemaVersion).toBe(SCHEMA_VERSION);
    expect(read.latestVersion).toBe(SCHEMA_VERSION);
    expect(read.migrations.map((migration) => [migration.version, migration.name])).toEqual(
      MIGRATIONS.map((migration) => [migration.version, migration.name]),
    );
    for (const migration of read.migrations) expect(Number.isNaN(Date.parse(migration.appliedAt))).toBe(false);
    expect(read.records).toEqual({});
    expect(read).toMatchObject({ schemaState: "current", recordCount: 0 });
    expect(read.bytes).toBeGreaterThan(0);
  });

  it("counts the records by kind", async () => {
    const path = newPath();
    await withStore(
      () => SqliteStore.layer({ path }),
      async (store) => {
        for (const record of activities(3)) await succeeds(store.put("activity", record, { actor: "editor" }));
      },
    );
    expect(await status(path)).toMatchObject({ records: { activity: 3 }, recordCount: 3 });
  });

  it("reports a store at an older schema as behind, and leaves it there", async () => {
    const path = newPath();
    await Effect.runPromise(SqliteStore.migrate(path));
    const database = new (sqliteDriver())(path);
    database.prepare("delete from remit_migrations where version = ?").run(SCHEMA_VERSION);
    database.close();
    const first = await status(path);
    // The version before the latest: numbers may skip (a migration taken but not yet released).
    expect(first.schemaVersion).toBe(MIGRATIONS.at(-2)!.version);
    expect(first.latestVersion).toBe(SCHEMA_VERSION);
    expect(first.schemaState).toBe("behind");
    expect((await status(path)).migrations).toHaveLength(MIGRATIONS.length - 1);
  });

  it("of a file that does not exist fails, saying there is no store, and creates nothing", async () => {
    const path = newPath("missing/remit.db");
    const failure = await failedStatus(path);
    expect(failure._tag).toBe("StoreFailure");
    expect(failure.message).toMatch(/no Remit store/);
    expect(existsSync(path)).toBe(false);
  });

  it("of a SQLite file without Remit's tables fails, saying there is no store", async () => {
    const path = newPath("other.db");
    new (sqliteDriver())(path).close();
    expect((await failedStatus(path)).message).toMatch(/no Remit store/);
  });
});
