import {
  aggregateRecords,
  mergeAggregateResults,
  type Activity,
  type AggregationQuery,
  type AggregationResult,
  type Indicator,
  type Observation,
} from "@remit/core";
import type { Kysely } from "kysely";
import { AGGREGATION_BLOCKS } from "./AggregationBlocks";
import {
  MERGED_BLOCK,
  blockStamps,
  keepAggregations,
  keptAggregations,
  mergedStamp,
  queryShape,
  readsActivities,
  type BlockAggregation,
} from "./AggregationCache";
import type { Connection, DialectInfo } from "../DialectInfo";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { inWriteTransaction } from "../Transactions";

/**
 * Up to this many observations are aggregated in one call of core's `aggregateRecords`,
 * exactly as the pure function answers. Above it, each indicator's observations are
 * aggregated per block (see `AGGREGATION_BLOCKS`), the blocks are merged pairwise with
 * core's `mergeAggregateResults` (equal to one aggregation up to the rounding of derived
 * shares), and both the block results and their merge are kept in `aggregation_cache`
 * until a write changes a block they read: a repeated aggregation reads one row per
 * indicator, and after a change only the changed blocks are computed again. core's algebra
 * costs tens of microseconds per observation, more as cells grow, so computing a large
 * aggregation from scratch takes seconds; keeping it is what makes it fast.
 */
export const DIRECT_AGGREGATION_LIMIT = 2_000;

const IN_LIST_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** The records of the activities the observations name, when the grouping needs them. */
async function namedActivities(
  connection: Connection,
  observations: readonly Observation[],
  query: AggregationQuery,
): Promise<Activity[]> {
  if (!readsActivities(query)) return [];
  const ids = [...new Set(observations.flatMap((observation) => observation.activityIds))];
  const activities: Activity[] = [];
  for (const part of chunks(ids, IN_LIST_CHUNK)) {
    const rows = await connection
      .selectFrom("records")
      .select("body")
      .where("kind", "=", "activity")
      .where("id", "in", part)
      .execute();
    for (const row of rows) activities.push(JSON.parse(row.body) as Activity);
  }
  return activities;
}

async function observationsOf(
  connection: Connection,
  indicatorIds: readonly string[] | undefined,
  block?: number,
): Promise<Observation[]> {
  let rows = connection
    .selectFrom("observation_entry as o")
    .innerJoin("records as r", (join) => join.on("r.kind", "=", "observation").onRef("r.id", "=", "o.id"))
    .select("r.body");
  if (indicatorIds !== undefined) rows = rows.where("o.indicator_id", "in", indicatorIds);
  if (block !== undefined) rows = rows.where("o.block", "=", block);
  return (await rows.orderBy("o.id").execute()).map((row) => JSON.parse(row.body) as Observation);
}

function mergeAll(
  indicators: readonly Indicator[],
  results: AggregationResult[],
  empty: () => AggregationResult,
): AggregationResult {
  let level = results;
  while (level.length > 1) {
    const merged: AggregationResult[] = [];
    for (let index = 0; index < level.length; index += 2) {
      const [a, b] = [level[index], level[index + 1]];
      if (a !== undefined) merged.push(b === undefined ? a : mergeAggregateResults(indicators, a, b));
    }
    level = merged;
  }
  return level[0] ?? empty();
}

/**
 * Aggregates stored observations as core's `aggregateRecords` defines it, reading only what
 * it needs: the asked indicators, their observations (by the `observation_entry` index) and,
 * to group by topic or kind, the activities those name. Large aggregations are merged from
 * kept per-block results (see DIRECT_AGGREGATION_LIMIT).
 */
export async function aggregateObservations(
  db: Kysely<RemitDatabase>,
  dialect: DialectInfo,
  query: AggregationQuery,
): Promise<AggregationResult> {
  const wanted = query.indicatorIds === undefined ? undefined : [...new Set(query.indicatorIds)];
  const none = (indicators: readonly Indicator[]) => () =>
    aggregateRecords(query, { indicators, observations: [], activities: [] });
  if (wanted !== undefined && wanted.length === 0) return none([])();

  let indicatorRows = db.selectFrom("records").select("body").where("kind", "=", "indicator");
  if (wanted !== undefined) indicatorRows = indicatorRows.where("id", "in", wanted);
  const indicators = (await indicatorRows.orderBy("id").execute()).map((row) => JSON.parse(row.body) as Indicator);

  let counted = db.selectFrom("observation_entry").select((eb) => eb.fn.countAll().as("count"));
  if (wanted !== undefined) counted = counted.where("indicator_id", "in", wanted);
  const count = Number((await counted.executeTakeFirst())?.count ?? 0);
  if (count <= DIRECT_AGGREGATION_LIMIT) {
    const observations = await observationsOf(db, wanted);
    return aggregateRecords(query, {
      indicators,
      observations,
      activities: await namedActivities(db, observations, query),
    });
  }

  // The indicators whose observations are aggregated: the asked ones, or every one observed.
  const observed =
    wanted ??
    (await db.selectFrom("observation_entry").select("indicator_id").distinct().orderBy("indicator_id").execute()).map(
      (row) => row.indicator_id,
    );
  const shape = queryShape(query);
  const results: AggregationResult[] = [];
  const computed: BlockAggregation[] = [];
  for (const indicatorId of observed) {
    const stamps = await blockStamps(db, indicatorId, query);
    const kept = await keptAggregations(db, indicatorId, shape, stamps);
    const merged = kept.get(MERGED_BLOCK);
    if (merged !== undefined) {
      results.push(merged);
      continue;
    }
    const blocks: AggregationResult[] = [];
    for (let block = 0; block < AGGREGATION_BLOCKS; block += 1) {
      let result = kept.get(block);
      if (result === undefined) {
        const observations = await observationsOf(db, [indicatorId], block);
        const activities = await namedActivities(db, observations, query);
        result = aggregateRecords({ ...query, indicatorIds: [indicatorId] }, { indicators, observations, activities });
        computed.push({ indicatorId, block, stamp: stamps[block] ?? "", result });
      }
      blocks.push(result);
    }
    const whole = mergeAll(indicators, blocks, none(indicators));
    computed.push({ indicatorId, block: MERGED_BLOCK, stamp: mergedStamp(stamps), result: whole });
    results.push(whole);
  }
  if (computed.length > 0) {
    // Keeping is an optimisation: when another writer holds the database, skip it.
    await inWriteTransaction(db, dialect, (connection) => keepAggregations(connection, shape, computed)).catch(
      () => undefined,
    );
  }
  return mergeAll(indicators, results, none(indicators));
}
