import { aggregateRecords, type AggregationQuery, type Observation } from "@remit/core";
import {
  SYNTHETIC_INDICATORS,
  seededRandom,
  syntheticActivity,
  syntheticCountries,
  syntheticObservation,
} from "@remit/core/testing";
import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import type { RemitDatabase } from "../schema/RemitDatabase";
import type { MigratedDatabase } from "./RegionRowsMigrationRules";
import { succeeds, withStore } from "./StoreAccess";

const BY_REGION: AggregationQuery = {
  indicatorIds: ["practitioners-trained"],
  bucket: "year",
  by: { dimension: "region", regions: ["002", "009", "019", "142", "150"] },
};

/** Every kept partial of the store, by indicator, shape and block: the generations it was computed from. */
async function keptStamps(db: Kysely<RemitDatabase>): Promise<Map<string, string>> {
  const rows = await db.selectFrom("aggregation_cache").select(["indicator_id", "shape", "block", "stamp"]).execute();
  return new Map(rows.map((row) => [`${row.indicator_id} ${row.shape} ${String(row.block)}`, row.stamp]));
}

/**
 * An observation's put or remove recomputes, in its own transaction, the kept partials of
 * the block it changed and merges their group again, so the aggregation after it finds every
 * kept partial current (it keeps nothing new) and still agrees with core; an activity's
 * write recomputes nothing.
 */
export function keptPartialsRules(database: MigratedDatabase): void {
  describe("kept partials after a write", () => {
    it(
      "an observation's write keeps its block's partials current, so the next aggregation computes none",
      { timeout: 120_000 },
      async () => {
        const { layer, onTables } = await database.open();
        const stamps = () => onTables(keptStamps);
        const random = seededRandom(13);
        const countries = syntheticCountries(13);
        const activities = Array.from({ length: 40 }, (_, index) => syntheticActivity(random, index, countries));
        const observations: Observation[] = Array.from({ length: 400 }, (_, index) => ({
          ...syntheticObservation(random, activities[index % activities.length]!, index),
          indicatorId: "practitioners-trained",
        }));
        const model = { indicators: [...SYNTHETIC_INDICATORS], activities, observations };
        const write = { actor: "editor" };
        await withStore(layer, async (store) => {
          for (const indicator of SYNTHETIC_INDICATORS) await succeeds(store.put("indicator", indicator, write));
          for (const activity of activities) await succeeds(store.put("activity", activity, write));
          for (const observation of observations) await succeeds(store.put("observation", observation, write));
          await succeeds(store.aggregateObservations(BY_REGION));
          const kept = await stamps();

          const changed = { ...observations[5]!, value: { value: 4_321, qualifier: "exact" as const, unit: "person" } };
          await succeeds(store.put("observation", changed, write));
          observations[5] = changed;
          const written = await stamps();
          // Its block recomputed and its group merged again, under the generations the write left.
          expect([...written].filter(([key, stamp]) => kept.get(key) !== stamp)).toHaveLength(2);
          expect(await succeeds(store.aggregateObservations(BY_REGION))).toEqual(aggregateRecords(model, BY_REGION));
          expect(await stamps()).toEqual(written);

          await succeeds(store.remove("observation", observations[6]!.id, write));
          observations.splice(6, 1);
          const removed = await stamps();
          expect([...removed].filter(([key, stamp]) => written.get(key) !== stamp)).toHaveLength(2);
          expect(await succeeds(store.aggregateObservations(BY_REGION))).toEqual(aggregateRecords(model, BY_REGION));
          expect(await stamps()).toEqual(removed);

          // What an activity's write stales is left to the next aggregation that reads it.
          await succeeds(store.put("activity", { ...activities[0]!, topics: ["malware"] }, write));
          expect(await stamps()).toEqual(removed);
        });
      },
    );
  });
}
