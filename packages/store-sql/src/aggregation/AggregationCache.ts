import { canonicalJson, type AggregationQuery, type AggregationResult } from "@remit/core";
import { ACTIVITIES_KEY, AGGREGATION_BLOCKS, INDICATOR_BLOCK } from "./AggregationBlocks";
import type { Connection } from "../DialectInfo";

/** The part of a query a kept block aggregation is for: bucket and grouping (the indicator is the row's). */
export function queryShape(query: AggregationQuery): string {
  return canonicalJson({ bucket: query.bucket, by: query.by ?? null });
}

/**
 * Whether the aggregation reads the activities the observations name (so activity changes
 * matter): always, since grouping by topic or kind reads them and every grouping warns about
 * figures of overlapping activities.
 */
export function readsActivities(_query: AggregationQuery): boolean {
  return true;
}

/**
 * The stamps of an indicator's blocks: the generations a block aggregation depends on (its
 * observations, the indicator record, and the activities when the grouping reads them). A
 * kept aggregation is valid while its stamp equals the current one. Read BEFORE the
 * observations, so that a result is never stamped newer than the data it was computed from.
 */
export async function blockStamps(
  connection: Connection,
  indicatorId: string,
  query: AggregationQuery,
): Promise<string[]> {
  const rows = await connection
    .selectFrom("aggregation_generation")
    .select(["indicator_id", "block", "generation"])
    .where((eb) =>
      eb.or([
        eb("indicator_id", "=", indicatorId),
        eb.and([eb("indicator_id", "=", ACTIVITIES_KEY.indicatorId), eb("block", "=", ACTIVITIES_KEY.block)]),
      ]),
    )
    .execute();
  const generation = (id: string, block: number) =>
    Number(rows.find((row) => row.indicator_id === id && Number(row.block) === block)?.generation ?? 0);
  const shared = `${generation(indicatorId, INDICATOR_BLOCK)}:${readsActivities(query) ? generation(ACTIVITIES_KEY.indicatorId, ACTIVITIES_KEY.block) : "-"}`;
  return Array.from({ length: AGGREGATION_BLOCKS }, (_, block) => `${generation(indicatorId, block)}:${shared}`);
}

/** The block under which the merge of all an indicator's blocks is kept. */
export const MERGED_BLOCK = -1;

/** The stamp of an indicator's merged aggregation: the stamps of all its blocks. */
export function mergedStamp(stamps: readonly string[]): string {
  return stamps.join(",");
}

/**
 * The kept aggregations of an indicator for a shape that are still valid: the merge of all
 * its blocks (under MERGED_BLOCK) when that is current, which is all a repeated query needs;
 * otherwise the blocks that are still current, by block.
 */
export async function keptAggregations(
  connection: Connection,
  indicatorId: string,
  shape: string,
  stamps: readonly string[],
): Promise<Map<number, AggregationResult>> {
  const kept = new Map<number, AggregationResult>();
  const merged = await connection
    .selectFrom("aggregation_cache")
    .select(["stamp", "result"])
    .where("indicator_id", "=", indicatorId)
    .where("shape", "=", shape)
    .where("block", "=", MERGED_BLOCK)
    .executeTakeFirst();
  if (merged !== undefined && merged.stamp === mergedStamp(stamps)) {
    kept.set(MERGED_BLOCK, JSON.parse(merged.result) as AggregationResult);
    return kept;
  }
  const rows = await connection
    .selectFrom("aggregation_cache")
    .select(["block", "stamp"])
    .where("indicator_id", "=", indicatorId)
    .where("shape", "=", shape)
    .where("block", ">=", 0)
    .execute();
  const current = rows.filter((row) => stamps[Number(row.block)] === row.stamp).map((row) => Number(row.block));
  if (current.length === 0) return kept;
  const results = await connection
    .selectFrom("aggregation_cache")
    .select(["block", "result"])
    .where("indicator_id", "=", indicatorId)
    .where("shape", "=", shape)
    .where("block", "in", current)
    .execute();
  for (const row of results) kept.set(Number(row.block), JSON.parse(row.result) as AggregationResult);
  return kept;
}

/** One freshly computed block aggregation, to keep. */
export interface BlockAggregation {
  readonly indicatorId: string;
  readonly block: number;
  readonly stamp: string;
  readonly result: AggregationResult;
}

/** Keeps freshly computed block aggregations (inside a write transaction), replacing stale ones. */
export async function keepAggregations(
  connection: Connection,
  shape: string,
  computed: readonly BlockAggregation[],
): Promise<void> {
  for (const { indicatorId, block, stamp, result } of computed) {
    const text = JSON.stringify(result);
    await connection
      .insertInto("aggregation_cache")
      .values({ indicator_id: indicatorId, block, shape, stamp, result: text })
      .onConflict((conflict) =>
        conflict.columns(["indicator_id", "shape", "block"]).doUpdateSet({ stamp, result: text }),
      )
      .execute();
  }
}
