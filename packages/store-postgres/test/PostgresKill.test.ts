import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readJsonLines } from "@remit/core";
import { SECONDARY_INDEXES } from "@remit/store-sql";
import { build } from "esbuild";
import { Effect } from "effect";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killChildAfter, activities } from "@remit/store-sql/testing";
import { PostgresStore } from "../src";
import { dropSchema, onServer, tempSchemaName } from "./TempSchema";

const ACTIVITIES = 8_000;
const BULK_THRESHOLD = 2_000;
const folder = mkdtempSync(join(tmpdir(), "remit-pg-kill-"));
const child = join(import.meta.dirname, "..", "node_modules", ".cache", "remit-test", "import-child.mjs");
const file = join(folder, "activities.jsonl");
const schema = tempSchemaName();

/** A digest of the schema's content: its indexes and every row of every table. */
async function schemaDigest(): Promise<string> {
  return onServer(async (db) => {
    const hash = createHash("sha256");
    const indexes =
      await sql`select indexname, indexdef from pg_indexes where schemaname = ${schema} order by indexname`.execute(db);
    hash.update(JSON.stringify(indexes.rows));
    const tables = await sql<{
      table_name: string;
    }>`select table_name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(db);
    for (const { table_name: table } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(`${schema}.${table}`)}`.execute(db);
      hash.update(table);
      for (const row of rows.rows.map((item) => JSON.stringify(item)).sort()) hash.update(row);
    }
    return hash.digest("hex");
  });
}

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, "ImportChild.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@remit/source"],
    external: ["pg", "pg-copy-streams"],
    outfile: child,
    logLevel: "warning",
  });
  const records = activities(ACTIVITIES + 1_000, 29);
  writeFileSync(
    file,
    records
      .slice(1_000)
      .map((record) => `${JSON.stringify(record)}\n`)
      .join(""),
  );
  const seed = join(folder, "seed.jsonl");
  writeFileSync(
    seed,
    records
      .slice(0, 1_000)
      .map((record) => `${JSON.stringify(record)}\n`)
      .join(""),
  );
  await Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const store = yield* PostgresStore.make({ schema });
        yield* store.importRecords(readJsonLines(createReadStream(seed), { kind: "activity" }), { actor: "seed" });
      }),
    ),
  );
}, 120_000);

afterAll(async () => {
  await dropSchema(schema);
  rmSync(folder, { recursive: true, force: true });
});

describe("an import into PostgreSQL killed with SIGKILL", () => {
  it(
    "leaves the schema exactly as before, wherever it is killed; a full run then imports everything",
    { timeout: 300_000 },
    async () => {
      const before = await schemaDigest();
      const args = [child, schema, file, String(BULK_THRESHOLD)];
      for (const killAfterRead of [1_000, BULK_THRESHOLD * 2, ACTIVITIES]) {
        const run = await killChildAfter(args, killAfterRead);
        expect(run).toMatchObject({ killed: true, finished: false });
        // The server notices the lost connection and rolls its transaction back.
        await waitForBackendsToLeave();
        expect(await schemaDigest()).toBe(before);
      }
      const complete = await killChildAfter(args, undefined);
      expect(complete).toMatchObject({ finished: true, lastRead: ACTIVITIES });
      const counted = await onServer((db) =>
        db
          .withSchema(schema)
          .selectFrom("records")
          .select((eb) => eb.fn.countAll().as("count"))
          .where("kind", "=", "activity")
          .executeTakeFirstOrThrow(),
      );
      expect(Number(counted.count)).toBe(ACTIVITIES + 1_000);
      const indexes = await onServer((db) =>
        sql<{ indexname: string }>`select indexname from pg_indexes where schemaname = ${schema}`.execute(db),
      );
      expect(indexes.rows.map((row) => row.indexname)).toEqual(
        expect.arrayContaining(SECONDARY_INDEXES.map((index) => index.name)),
      );
    },
  );
});

/** Waits until the killed child's session has left the server (its transaction is then rolled back). */
async function waitForBackendsToLeave(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const active = await onServer((db) =>
      sql<{
        count: string;
      }>`select count(*) as count from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name = '' and state = 'idle in transaction'`.execute(
        db,
      ),
    );
    if (Number(active.rows[0]!.count) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
