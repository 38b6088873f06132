import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Effect, Exit } from "effect";
import { afterEach, describe, expect, it } from "vitest";
import { activities, contentDigest, fails, succeeds, withStore } from "@remit/store-sql/testing";
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

/** A store at `path` holding one activity, written through an ordinary (read-write) open. */
async function storeWithOneActivity(path: string) {
  const [activity] = activities(1);
  await withStore(
    () => SqliteStore.layer({ path }),
    (store) => succeeds(store.put("activity", activity!, { actor: "editor" })),
  );
  return activity!;
}

/** Why opening `path` read-only failed. */
async function openFailure(path: string): Promise<string> {
  const exit = await Effect.runPromiseExit(Effect.scoped(SqliteStore.make({ path, readOnly: true })));
  if (Exit.isSuccess(exit)) throw new Error("the read-only open succeeded");
  return String(exit.cause);
}

describe("a SQLite store opened read-only", () => {
  it("reads what was written, and refuses a write with a message that says the store is read-only", async () => {
    const path = newPath();
    const activity = await storeWithOneActivity(path);
    const before = readFileSync(path);
    await withStore(
      () => SqliteStore.layer({ path, readOnly: true }),
      async (store) => {
        expect(await succeeds(store.get("activity", activity.id))).toMatchObject({ revision: 1, record: activity });
        const refused = await fails(store.put("activity", { ...activity, id: "act-read-only" }, { actor: "editor" }));
        expect(refused).toMatchObject({ _tag: "StoreFailure" });
        expect((refused as { message: string }).message).toContain("store is read-only here");
      },
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("a path with no file is refused as no store, and no file is created", async () => {
    const path = newPath("nothing-here.db");
    expect(await openFailure(path)).toContain(`There is no Remit store in the SQLite database at ${path}`);
    expect(existsSync(path)).toBe(false);
  });

  it("a store at an older schema version is refused with what to do, and is not migrated", async () => {
    const path = newPath("released.db");
    writeFileSync(path, gunzipSync(readFileSync(join(import.meta.dirname, "fixtures", "remit-0.1.0.db.gz"))));
    const before = readFileSync(path);
    const message = await openFailure(path);
    expect(message).toContain("is at schema version 1");
    expect(message).toContain("remit db migrate");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("a store whose M49 membership is not the installed core's is refused until a writable open rewrites it", async () => {
    const path = newPath();
    const activity = await storeWithOneActivity(path);
    const database = new (sqliteDriver())(path);
    database
      .prepare("delete from m49_member where region = '001' and country = (select min(country) from m49_member)")
      .run();
    database.close();
    const before = readFileSync(path);
    const message = await openFailure(path);
    expect(message).toContain("M49 region membership other than the installed @remit/core's");
    expect(message).toContain("remit db migrate");
    expect(readFileSync(path).equals(before)).toBe(true);

    await Effect.runPromise(SqliteStore.migrate(path));
    await withStore(
      () => SqliteStore.layer({ path, readOnly: true }),
      async (store) => {
        expect(await succeeds(store.get("activity", activity.id))).toMatchObject({ revision: 1, record: activity });
      },
    );
  });

  // Root may write any file, so a file's mode does not make it read-only for root.
  it.skipIf(process.getuid?.() === 0)(
    "a file this process cannot write opens read-only without being asked, and lists (skipped as root: root writes any file)",
    async () => {
      const path = newPath();
      await storeWithOneActivity(path);
      const digest = await withStore(() => SqliteStore.layer({ path }), contentDigest);
      chmodSync(path, 0o444);
      const mode = statSync(path).mode;
      expect(await withStore(() => SqliteStore.layer({ path }), contentDigest)).toBe(digest);
      expect(statSync(path).mode).toBe(mode);
    },
  );
});
