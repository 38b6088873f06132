import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { SCHEMA_VERSION } from "@remit/store-sql";
import { activities, openingRefusalOf, succeeds, withStore } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../src";
import { sqliteDriver } from "../src/SqliteDriver";
import { pathsRemovedAfterEach } from "./TempDatabase";

/** A path in a new folder for one test, removed after it. */
const newPath = pathsRemovedAfterEach();

function openToRead(path: string) {
  return Effect.scoped(SqliteStore.make({ path, readOnly: true }));
}

describe("a SQLite store that cannot be opened as asked says why, by a tag and a message to act on", () => {
  it("no file at the path is StoreNotFound, naming the file and how to create a store", async () => {
    const path = newPath("nothing-here.db");
    const refusal = await openingRefusalOf(openToRead(path));
    expect(refusal).toMatchObject({ _tag: "StoreNotFound", where: `SQLite database at ${path}` });
    expect(refusal.message).toBe(
      `There is no Remit store in the SQLite database at ${path}: nothing was created. ` +
        "Check the name, or create the store first (`remit init`, or the store's migrate).",
    );
    expect((await openingRefusalOf(SqliteStore.status(path)))._tag).toBe("StoreNotFound");
  });

  it("a store written by Remit 0.1.0, opened read-only, is SchemaNeedsMigration with both versions and `remit db migrate`", async () => {
    const path = newPath("released.db");
    writeFileSync(path, gunzipSync(readFileSync(join(import.meta.dirname, "fixtures", "remit-0.1.0.db.gz"))));
    const refusal = await openingRefusalOf(openToRead(path));
    expect(refusal).toMatchObject({
      _tag: "SchemaNeedsMigration",
      databaseVersion: 1,
      libraryVersion: SCHEMA_VERSION,
      where: `SQLite database at ${path}`,
    });
    expect(refusal.message).toContain(
      `is at schema version 1 and this version of Remit reads version ${SCHEMA_VERSION}`,
    );
    expect(refusal.message).toContain("`remit db migrate`");
  });

  it("a database a newer Remit migrated is SchemaTooNew, opened to write or restored from a backup", async () => {
    const path = newPath("newer.db");
    await Effect.runPromise(SqliteStore.migrate(path));
    const database = new (sqliteDriver())(path);
    database
      .prepare("insert into remit_migrations (version, name, applied_at) values (?, ?, ?)")
      .run(SCHEMA_VERSION + 1, "from-the-future", "2030-01-01T00:00:00.000Z");
    database.close();
    const opened = await openingRefusalOf(Effect.scoped(SqliteStore.make({ path })));
    expect(opened).toMatchObject({
      _tag: "SchemaTooNew",
      databaseVersion: SCHEMA_VERSION + 1,
      libraryVersion: SCHEMA_VERSION,
      where: `SQLite database at ${path}`,
    });
    expect(opened.message).toContain(`knows schema versions up to ${SCHEMA_VERSION}`);
    expect(opened.message).toContain("upgrade @remit/store-sqlite or @remit/store-postgres");

    const restored = await openingRefusalOf(SqliteStore.restore(path, newPath("target.db")));
    expect(restored).toMatchObject({ _tag: "SchemaTooNew", where: `backup at ${path}` });
  });

  it("a read-only store whose M49 membership is not the installed core's is RegionMembershipOutdated", async () => {
    const path = newPath("outdated.db");
    const [activity] = activities(1);
    await withStore(
      () => SqliteStore.layer({ path }),
      (store) => succeeds(store.put("activity", activity!, { actor: "editor" })),
    );
    const database = new (sqliteDriver())(path);
    database
      .prepare("delete from m49_member where region = '001' and country = (select min(country) from m49_member)")
      .run();
    database.close();
    const refusal = await openingRefusalOf(openToRead(path));
    expect(refusal).toMatchObject({ _tag: "RegionMembershipOutdated", where: `SQLite database at ${path}` });
    expect(refusal.message).toContain("M49 region membership other than the installed @remit/core's");
    expect(refusal.message).toContain("Open it once with write access (`remit db migrate`");
  });
});
