import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RemitDatabase } from "@remit/store-sql";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { runStoreBench } from "../../store-sql/bench/StoreBench";
import { PostgresStore, resolveDatabaseUrl } from "../src";
import { postgresFloor } from "./PostgresFloor";

const script = fileURLToPath(import.meta.url);

async function onServer<A>(work: (db: Kysely<RemitDatabase>) => Promise<A>): Promise<A> {
  const db = new Kysely<RemitDatabase>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: resolveDatabaseUrl(undefined), max: 1 }) }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

// The bundle runs from node_modules/.cache/remit-bench/, three folders below the package.
await runStoreBench({
  store: "@remit/store-postgres",
  packageDir: join(dirname(script), "..", "..", ".."),
  script,
  targets: () => {
    const run = randomBytes(4).toString("hex");
    const floor = `remit_bench_floor_${run}`;
    const imported = `remit_bench_import_${run}`;
    return {
      floor,
      import: imported,
      cleanup: () =>
        onServer(async (db) => {
          for (const schema of [floor, imported]) await db.schema.dropSchema(schema).ifExists().cascade().execute();
        }),
    };
  },
  open: (schema) => PostgresStore.make({ schema, poolSize: 2 }),
  floor: postgresFloor,
  floorLabel: "JSON.parse + COPY … FROM STDIN of the same rows, every 500 records, 1 transaction",
  pageTargetMs: 5,
  floorRatioTarget: 0.75,
  size: (schema) =>
    onServer(async (db) => {
      const result = await sql<{
        bytes: string;
      }>`select sum(pg_total_relation_size(c.oid))::text as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${schema}`.execute(
        db,
      );
      return Number(result.rows[0]?.bytes ?? 0) / 1e6;
    }),
});
