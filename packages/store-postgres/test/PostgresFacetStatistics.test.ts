import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readJsonLines } from "@remit/core";
import { syntheticCountries } from "@remit/core/testing";
import { succeeds, withStore, writeSyntheticActivities } from "@remit/store-sql/testing";
import { Effect } from "effect";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { PostgresStore } from "../src";
import { dropSchema, onServer, tempSchemaName } from "./TempSchema";

const schemas: string[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const SEED = 20_210_517;
/** The facet code of an activity's country (`FACETS.activityCountry`). */
const COUNTRY = 1;

/** How many facet rows the planner expects for one value of one facet, and how many there are. */
async function plannedAndCounted(schema: string, facet: number, value: string) {
  return onServer(async (db) => {
    await sql`analyze ${sql.table(`${schema}.facet`)}`.execute(db);
    const plan = await sql<{ "QUERY PLAN": unknown }>`explain (format json) select 1 from ${sql.table(
      `${schema}.facet`,
    )} where facet = ${sql.lit(facet)} and value = ${sql.lit(value)}`.execute(db);
    const [{ Plan }] = plan.rows[0]!["QUERY PLAN"] as [{ Plan: { "Plan Rows": number } }];
    const counted = await sql<{ count: string }>`select count(*)::text as count from ${sql.table(
      `${schema}.facet`,
    )} where facet = ${facet} and value = ${value}`.execute(db);
    return { planned: Plan["Plan Rows"], counted: Number(counted.rows[0]!.count) };
  });
}

describe("the planner's statistics of facet values on PostgreSQL", () => {
  it("a store knows how many activities name its commonest country, not a tenth of them", async () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    const folder = mkdtempSync(join(tmpdir(), "remit-facet-statistics-"));
    folders.push(folder);
    const file = join(folder, "activities.jsonl");
    await writeSyntheticActivities(file, 3_000, SEED);
    await withStore(
      () => PostgresStore.layer({ schema }),
      (store) =>
        succeeds(store.importRecords(readJsonLines(createReadStream(file), { file }), { actor: "statistician" })),
    );
    const [country] = syntheticCountries(SEED);
    const { planned, counted } = await plannedAndCounted(schema, COUNTRY, country!);
    expect(counted).toBeGreaterThan(100);
    expect(planned).toBeGreaterThan(counted / 2);
    expect(planned).toBeLessThan(counted * 2);
  });

  it("opening a store again, or two at once, keeps one statistics object", async () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    await Promise.all([
      Effect.runPromise(PostgresStore.migrate({ schema })),
      Effect.runPromise(PostgresStore.migrate({ schema })),
    ]);
    await Effect.runPromise(PostgresStore.migrate({ schema }));
    const found = await onServer((db) =>
      sql<{ count: string }>`select count(*)::text as count from pg_statistic_ext
        where stxrelid = to_regclass(${`${schema}.facet`})`.execute(db),
    );
    expect(Number(found.rows[0]!.count)).toBe(1);
  });
});
