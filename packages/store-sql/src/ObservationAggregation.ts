import {
  aggregateRecords,
  mergeAggregateResults,
  type Activity,
  type AggregationQuery,
  type AggregationResult,
  type Indicator,
  type Observation,
} from "@remit/core";
import type { Connection } from "./DialectInfo";

/**
 * Above this many observations, aggregation runs on parts of this size (contiguous in id
 * order) whose results are merged pairwise with core's `mergeAggregateResults`, equal to one
 * aggregation up to the rounding of derived shares. Combining cells one observation at a
 * time costs time in proportion to the cell's size, so one pass over a large cell is
 * quadratic, while a balanced merge is not.
 */
export const AGGREGATION_PART = 2_000;

const IN_LIST_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** The records of the activities the observations name, when the grouping needs them. */
async function namedActivities(connection: Connection, observations: readonly Observation[], query: AggregationQuery): Promise<Activity[]> {
  const dimension = query.by?.dimension;
  if (dimension !== "topic" && dimension !== "kind") return [];
  const ids = [...new Set(observations.flatMap((observation) => observation.activityIds))];
  const activities: Activity[] = [];
  for (const part of chunks(ids, IN_LIST_CHUNK)) {
    const rows = await connection.selectFrom("records").select("body").where("kind", "=", "activity").where("id", "in", part).execute();
    for (const row of rows) activities.push(JSON.parse(row.body) as Activity);
  }
  return activities;
}

/**
 * Aggregates stored observations exactly as core's `aggregateRecords` defines it, reading
 * only what it needs: the asked indicators, their observations (by the `observation_entry`
 * index, in id order) and, to group by topic or kind, the activities those name.
 */
export async function aggregateObservations(connection: Connection, query: AggregationQuery): Promise<AggregationResult> {
  const wanted = query.indicatorIds === undefined ? undefined : [...new Set(query.indicatorIds)];
  if (wanted !== undefined && wanted.length === 0) return aggregateRecords(query, { indicators: [], observations: [], activities: [] });

  let indicatorRows = connection.selectFrom("records").select("body").where("kind", "=", "indicator");
  if (wanted !== undefined) indicatorRows = indicatorRows.where("id", "in", wanted);
  const indicators = (await indicatorRows.orderBy("id").execute()).map((row) => JSON.parse(row.body) as Indicator);

  let observationRows = connection
    .selectFrom("observation_entry as o")
    .innerJoin("records as r", (join) => join.on("r.kind", "=", "observation").onRef("r.id", "=", "o.id"))
    .select("r.body");
  if (wanted !== undefined) observationRows = observationRows.where("o.indicator_id", "in", wanted);
  const observations = (await observationRows.orderBy("o.id").execute()).map((row) => JSON.parse(row.body) as Observation);
  const activities = await namedActivities(connection, observations, query);

  if (observations.length <= AGGREGATION_PART) return aggregateRecords(query, { indicators, observations, activities });
  let results = chunks(observations, AGGREGATION_PART).map((part) => aggregateRecords(query, { indicators, observations: part, activities }));
  while (results.length > 1) {
    const merged: AggregationResult[] = [];
    for (let index = 0; index < results.length; index += 2) {
      const [a, b] = [results[index], results[index + 1]];
      if (a !== undefined) merged.push(b === undefined ? a : mergeAggregateResults(indicators, a, b));
    }
    results = merged;
  }
  return results[0] ?? aggregateRecords(query, { indicators, observations: [], activities });
}
