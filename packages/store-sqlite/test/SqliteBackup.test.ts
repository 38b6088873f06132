import { SCHEMA_VERSION } from "@remit/store-sql";
import { sqliteDriver } from "../src/SqliteDriver";
import { Effect, Result } from "effect";
import { readdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { activities, contentDigest, openingRefusalOf, succeeds, withStore } from "@remit/store-sql/testing";
import { SqliteStore, isSqliteDatabaseFile } from "../src";
import { tempFolder } from "./TempDatabase";

// The same better-sqlite3 the store opens on this Node.js version.
const Database = sqliteDriver();

const folders: ReturnType<typeof tempFolder>[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

describe("backing up and restoring a SQLite store", () => {
  it("a restored backup holds exactly what the store held when it was taken", async () => {
    const folder = tempFolder();
    folders.push(folder);
    const path = folder.path("remit.db");
    const backup = folder.path("remit-backup.db");
    const [first, second] = activities(2);
    const before = await withStore(
      () => SqliteStore.layer({ path }),
      async (store) => {
        await succeeds(store.put("activity", first!, { actor: "editor" }));
        const digest = await contentDigest(store);
        const report = await Effect.runPromise(SqliteStore.backup(path, backup));
        expect(report).toMatchObject({ target: backup, schemaVersion: SCHEMA_VERSION });
        expect(report.pages).toBeGreaterThan(0);
        await succeeds(store.put("activity", second!, { actor: "editor" }));
        await succeeds(store.remove("activity", first!.id, { actor: "editor" }));
        return digest;
      },
    );
    await Effect.runPromise(SqliteStore.restore(backup, path));
    const after = await withStore(
      () => SqliteStore.layer({ path }),
      (store) => contentDigest(store),
    );
    expect(after).toBe(before);
  });

  it("refuses to restore a file that is not a Remit database, or one from a newer Remit", async () => {
    const folder = tempFolder();
    folders.push(folder);
    const path = folder.path("remit.db");
    await Effect.runPromise(SqliteStore.migrate(path));
    const stranger = folder.path("stranger.db");
    const strangerDatabase = new Database(stranger);
    strangerDatabase.exec("create table notes (text)");
    strangerDatabase.close();
    const notRemit = await openingRefusalOf(SqliteStore.restore(stranger, path));
    expect(notRemit).toMatchObject({ _tag: "StoreNotFound", where: `backup at ${stranger}` });
    expect(notRemit.message).toContain("not a Remit database");
    const newer = folder.path("newer.db");
    await Effect.runPromise(SqliteStore.migrate(newer));
    const database = new Database(newer);
    database.prepare("insert into remit_migrations values (?, ?, ?)").run(SCHEMA_VERSION + 1, "future", "2030-01-01");
    database.close();
    const fromFuture = await Effect.runPromise(Effect.result(SqliteStore.restore(newer, path)));
    expect(Result.isFailure(fromFuture) && fromFuture.failure.message).toContain(
      `schema version ${SCHEMA_VERSION + 1}`,
    );
  });

  it("backing up a store that is not there is StoreNotFound, and leaves no file behind", async () => {
    const folder = tempFolder();
    folders.push(folder);
    const missing = folder.path("nothing.db");
    const refusal = await openingRefusalOf(SqliteStore.backup(missing, folder.path("copy.db")));
    expect(refusal).toMatchObject({ _tag: "StoreNotFound", where: `SQLite database at ${missing}` });
    expect(readdirSync(dirname(missing))).toEqual([]);
  });

  it("a backup replaces an older backup under the same name whole, through a file beside it", async () => {
    const folder = tempFolder();
    folders.push(folder);
    const path = folder.path("remit.db");
    const backup = folder.path("remit-backup.db");
    await withStore(
      () => SqliteStore.layer({ path }),
      (store) => succeeds(store.put("activity", activities(1)[0]!, { actor: "editor" })),
    );
    writeFileSync(backup, "an older backup");
    const report = await Effect.runPromise(SqliteStore.backup(path, backup));
    expect(report.target).toBe(backup);
    expect(await isSqliteDatabaseFile(backup)).toBe(true);
    expect(readdirSync(dirname(backup)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a database file is told from a JSON Lines backup and an empty file by its header", async () => {
    const folder = tempFolder();
    folders.push(folder);
    const path = folder.path("remit.db");
    await Effect.runPromise(SqliteStore.migrate(path));
    const lines = folder.path("remit-backup.jsonl");
    writeFileSync(lines, '{"kind":"body","record":{"id":"ga"}}\n');
    const empty = folder.path("empty.db");
    writeFileSync(empty, "");
    expect(await isSqliteDatabaseFile(path)).toBe(true);
    expect(await isSqliteDatabaseFile(lines)).toBe(false);
    expect(await isSqliteDatabaseFile(empty)).toBe(false);
  });
});
