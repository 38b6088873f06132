import { createHash } from "node:crypto";
import { createReadStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readJsonLines } from "@remit/core";
import { SECONDARY_INDEXES, type RemitDatabase } from "@remit/store-sql";
import { sqliteDriver } from "../src/SqliteDriver";
import { build } from "esbuild";
import { Effect } from "effect";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activities, killChildAfter } from "@remit/store-sql/testing";
import { SqliteStore } from "../src";
import { tempFolder } from "./TempDatabase";

// The same better-sqlite3 the store opens on this Node.js version.
const Database = sqliteDriver();

const ACTIVITIES = 12_000;
const BULK_THRESHOLD = 3_000;
const folder = tempFolder("remit-kill-");
const child = join(import.meta.dirname, "..", "node_modules", ".cache", "remit-test", "import-child.mjs");
const path = folder.path("remit.db");
const file = folder.path("activities.jsonl");

/** A digest of the whole database file's content: its schema (tables and indexes) and every row of every table. */
async function databaseDigest(): Promise<string> {
  const db = new Kysely<RemitDatabase>({ dialect: new SqliteDialect({ database: new Database(path) }) });
  try {
    const hash = createHash("sha256");
    const schema = await sql<{
      type: string;
      name: string;
      sql: string | null;
    }>`select type, name, sql from sqlite_master order by name`.execute(db);
    hash.update(JSON.stringify(schema.rows));
    for (const table of schema.rows.filter((entry) => entry.type === "table" && !entry.name.startsWith("sqlite_"))) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db);
      hash.update(table.name);
      for (const row of rows.rows.map((item) => JSON.stringify(item)).sort()) hash.update(row);
    }
    return hash.digest("hex");
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, "ImportChild.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@remit/source"],
    external: ["better-sqlite3", "better-sqlite3-napi"],
    outfile: child,
    logLevel: "warning",
  });
  const records = activities(ACTIVITIES + 1_500, 23);
  writeFileSync(
    file,
    records
      .slice(1_500)
      .map((record) => `${JSON.stringify(record)}\n`)
      .join(""),
  );
  const seed = folder.path("seed.jsonl");
  writeFileSync(
    seed,
    records
      .slice(0, 1_500)
      .map((record) => `${JSON.stringify(record)}\n`)
      .join(""),
  );
  await Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const store = yield* SqliteStore.make({ path });
        yield* store.importRecords(readJsonLines(createReadStream(seed), { kind: "activity" }), { actor: "seed" });
      }),
    ),
  );
}, 120_000);

afterAll(() => folder.remove());

describe("an import killed with SIGKILL", () => {
  it(
    "leaves the store exactly as before, wherever it is killed; a full run then imports everything",
    { timeout: 300_000 },
    async () => {
      const before = await databaseDigest();
      const args = [child, path, file, String(BULK_THRESHOLD)];
      // Before bulk mode, with bulk mode on (indexes dropped), and when every record is read.
      for (const killAfterRead of [1_000, BULK_THRESHOLD * 2, ACTIVITIES]) {
        const run = await killChildAfter(args, killAfterRead);
        expect(run).toMatchObject({ killed: true, finished: false });
        expect(run.lastRead).toBeGreaterThanOrEqual(killAfterRead);
        expect(await databaseDigest()).toBe(before);
      }
      const complete = await killChildAfter(args, undefined);
      expect(complete).toMatchObject({ finished: true, lastRead: ACTIVITIES });
      const after = new Database(path, { readonly: true });
      const count = after.prepare("select count(*) as count from records where kind = 'activity'").get() as {
        count: number;
      };
      const indexes = after.prepare("select name from sqlite_master where type = 'index'").all() as { name: string }[];
      after.close();
      expect(count.count).toBe(ACTIVITIES + 1_500);
      expect(indexes.map((index) => index.name)).toEqual(
        expect.arrayContaining(SECONDARY_INDEXES.map((index) => index.name)),
      );
    },
  );
});
