import type { AggregationQuery, Indicator } from "@remit/core";
import type { Connection, DialectInfo } from "../DialectInfo";
import { ACTIVITIES_KEY, AGGREGATION_BLOCKS, INDICATOR_BLOCK } from "./AggregationBlocks";
import { GatheredPartialsUnion, type GatheredPartials } from "./GatheredPartials";
import { blockPartials } from "./PartialAggregation";

/**
 * The version of the kept partials' layout, part of every shape: partials kept by an
 * earlier layout (or schema 1's per-block results, in the same table) are never read.
 */
const LAYOUT = "partials-2";

/**
 * What a block's partials are kept for: the query's bucket and grouping (not its indicators:
 * one indicator per row), and whether they list the cells' sources.
 */
function shapeOf(query: AggregationQuery): string {
  return JSON.stringify([LAYOUT, query.bucket, query.by ?? null, query.sources === true]);
}

/** Whether a query's groups come from the activities, so that an activity's change changes its cells. */
function readsActivities(query: AggregationQuery): boolean {
  return query.by?.dimension === "topic" || query.by?.dimension === "kind";
}

/**
 * The generations a block's partials were computed from: the block's own, the indicator's
 * (its unit decides which figures enter) and, for topics and kinds, the activities'. Partials
 * kept with another stamp are computed again.
 */
async function stampsOf(connection: Connection, indicatorId: string, query: AggregationQuery): Promise<string[]> {
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
  const common = [
    generation(indicatorId, INDICATOR_BLOCK),
    readsActivities(query) ? generation(ACTIVITIES_KEY.indicatorId, ACTIVITIES_KEY.block) : 0,
  ].join(".");
  return Array.from({ length: AGGREGATION_BLOCKS }, (_, block) => `${generation(indicatorId, block)}.${common}`);
}

/**
 * Keeps a block's partials for the next aggregation of the same shape. Keeping is an
 * optimisation, never a condition of the answer: a store opened read-only, or one whose
 * write lock another process holds at this moment, answers the same and keeps nothing.
 */
async function keep(
  connection: Connection,
  row: { indicator_id: string; block: number; shape: string; stamp: string; result: string },
): Promise<void> {
  try {
    await connection
      .insertInto("aggregation_cache")
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(["indicator_id", "shape", "block"]).doUpdateSet({ stamp: row.stamp, result: row.result }),
      )
      .execute();
  } catch {
    // Not kept: the next aggregation of this shape computes the block again.
  }
}

/**
 * The partials of every cell of `indicators` (those that `aggregatesByPartials`), kept per
 * block of 1/16 of an indicator's observations and per query shape: a block is computed in
 * SQL (`blockPartials`) only when its kept partials are missing or older than the block's
 * generation, which every write bumps inside its own transaction. So the first aggregation
 * after a write computes the blocks the write changed, and reads the others as kept.
 *
 * The stamps are read before the blocks are computed: a write committed in between makes
 * kept partials newer than their stamp, which only costs one more computation later.
 */
export async function keptPartials(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicators: readonly Indicator[],
): Promise<GatheredPartials> {
  const shape = shapeOf(query);
  const union = new GatheredPartialsUnion();
  for (const indicator of indicators) {
    const stamps = await stampsOf(connection, indicator.id, query);
    const kept = await connection
      .selectFrom("aggregation_cache")
      .select(["block", "stamp", "result"])
      .where("indicator_id", "=", indicator.id)
      .where("shape", "=", shape)
      .execute();
    const keptByBlock = new Map(kept.map((row) => [Number(row.block), row]));
    const stale: number[] = [];
    for (let block = 0; block < AGGREGATION_BLOCKS; block += 1) {
      const found = keptByBlock.get(block);
      if (found !== undefined && found.stamp === stamps[block]) union.add(JSON.parse(found.result) as GatheredPartials);
      else stale.push(block);
    }
    // One statement per stale block: a block's rows are all read at once, so their number stays a block's.
    for (const block of stale) {
      const computed = (await blockPartials(connection, dialect, query, indicator, [block])).get(block);
      if (computed === undefined) continue;
      union.add(computed);
      await keep(connection, {
        indicator_id: indicator.id,
        block,
        shape,
        stamp: stamps[block] ?? "",
        result: JSON.stringify(computed),
      });
    }
  }
  return union.merged();
}
