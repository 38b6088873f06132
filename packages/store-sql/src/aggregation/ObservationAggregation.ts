import {
  aggregatePartials,
  aggregateRecords,
  aggregatesByPartials,
  type Activity,
  type ActivityFacets,
  type AggregateResult,
  type AggregationQuery,
  type Indicator,
  type Observation,
} from "@remit/core";
import { sql, type Kysely } from "kysely";
import type { DialectInfo } from "../DialectInfo";
import type { Connection } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { cellActivities } from "./CellActivities";
import { finishPartials } from "./GatheredPartials";
import { keptPartials } from "./KeptPartials";
import { storedIndicators } from "./StoredIndicators";
import { inScopeSql } from "./AggregationScopeSql";
import { leftOutOfPartialsSql, scopedPartials } from "./PartialAggregation";

const IN_LIST_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** The asked observations that do not enter by partials: shares, "latest" figures, and those core leaves out. */
async function wholeObservations(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  wanted: readonly string[] | undefined,
  partial: readonly Indicator[],
): Promise<Observation[]> {
  // CROSS JOINs keep SQLite reading the asked indicators' figures first: joined, it read every
  // observation record (twice the rows at 1,000,000 activities) to find the few that do not enter by partials.
  const rows = connection
    .selectFrom("observation_value as v")
    .crossJoin("observation_entry as e")
    .crossJoin("records as r")
    .select("r.body")
    .whereRef("e.id", "=", "v.id")
    .where("r.kind", "=", "observation")
    .whereRef("r.id", "=", "v.id")
    .where(leftOutOfPartialsSql(partial, wanted))
    .where(
      inScopeSql(query.scope, dialect, {
        id: sql.ref("e.id"),
        periodStart: sql.ref("e.period_start"),
        periodEnd: sql.ref("e.period_end"),
      }),
    );
  return (await rows.execute()).map((row) => JSON.parse(row.body) as Observation);
}

/**
 * The activities aggregation must see: every activity that is part of another or may
 * overlap others (for the overlap warnings, read from their relation facets), and the whole
 * records of the activities the observations aggregated in core name (to group them).
 */
async function activitiesToSee(
  connection: Connection,
  observations: readonly Observation[],
): Promise<{ activities: Map<string, ActivityFacets>; named: Map<string, Activity> }> {
  const activities = new Map<string, { kind: string; topics: string[]; partOf?: string; mayOverlapWith?: string[] }>();
  const relations = await connection
    .selectFrom("facet")
    .select(["record_id", "value"])
    .where("facet", "=", facetCode("activityRelation"))
    .orderBy("record_id")
    .orderBy("value")
    .execute();
  for (const { record_id: id, value } of relations) {
    const activity = activities.get(id) ?? { kind: "", topics: [] };
    const [tag, other = ""] = value.split("\u001f");
    if (tag === "p") activity.partOf = other;
    else activity.mayOverlapWith = [...(activity.mayOverlapWith ?? []), other];
    activities.set(id, activity);
  }
  const named = [...new Set(observations.flatMap((observation) => observation.activityIds))];
  const result = new Map<string, ActivityFacets>(activities);
  const whole = new Map<string, Activity>();
  for (const part of chunks(named, IN_LIST_CHUNK)) {
    const rows = await connection
      .selectFrom("records")
      .select("body")
      .where("kind", "=", "activity")
      .where("id", "in", part)
      .execute();
    for (const row of rows) {
      const activity = JSON.parse(row.body) as Activity;
      result.set(activity.id, activity);
      whole.set(activity.id, activity);
    }
  }
  return { activities: result, named: whole };
}

/** The activities an overlap warning may name: those part of or possibly overlapping another, and the others they name. */
function relatedActivities(activities: ReadonlyMap<string, ActivityFacets>): Set<string> {
  const related = new Set<string>();
  for (const [id, activity] of activities) {
    if (activity.partOf === undefined && (activity.mayOverlapWith ?? []).length === 0) continue;
    related.add(id);
    if (activity.partOf !== undefined) related.add(activity.partOf);
    for (const other of activity.mayOverlapWith ?? []) related.add(other);
  }
  return related;
}

/** Both results, once both have settled: the first failure is thrown, and neither is left unobserved. */
async function bothSettled<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === "rejected") throw a.reason;
  if (b.status === "rejected") throw b.reason;
  return [a.value, b.value];
}

/**
 * Aggregates stored observations as core's `aggregateRecords` defines it. For indicators
 * that sum or count countries, SQL computes each cell's partials (sums per qualifier class,
 * countries, counts; ids and citations only with `query.sources`) and core's
 * `aggregatePartials` finishes them; every other asked observation (shares, "latest",
 * figures core leaves out) is aggregated by core itself, and the overlap warnings are
 * computed over all cells from the activities that have a relation. Without sources, what
 * is held beyond the answer follows the cells, their countries and the activities named
 * second or later or with a relation, not the figures.
 */
export async function aggregateObservations(
  db: Kysely<RemitDatabase>,
  dialect: DialectInfo,
  query: AggregationQuery,
): Promise<AggregateResult> {
  const wanted = query.indicatorIds === undefined ? undefined : [...new Set(query.indicatorIds)];
  if (wanted !== undefined && wanted.length === 0)
    return aggregateRecords({ indicators: [], observations: [], activities: [] }, query);
  const indicators = await storedIndicators(db, wanted);
  const partial = indicators.filter(aggregatesByPartials);

  // The figures left out of partials are read while the partials are gathered: on PostgreSQL
  // the two run on two connections of the pool, and the server reads the one while this process
  // parses and merges the other (after a write, its stale block is computed meanwhile).
  const gathered =
    query.scope === undefined
      ? keptPartials(db, dialect, query, partial)
      : scopedPartials(db, dialect, query, partial).then((partials) => ({ partials, kept: Promise.resolve() }));
  // SQL narrowed the whole observations by the scope; core's `inAggregationScope` decides.
  const seen = wholeObservations(db, dialect, query, wanted, partial).then(async (whole) => ({
    whole,
    ...(await activitiesToSee(db, whole)),
  }));
  const [{ partials, kept }, { whole, activities, named }] = await bothSettled(gathered, seen);
  // What was computed is written while the answer is finished, and written before it is given.
  try {
    const rest = aggregateRecords({ indicators, observations: whole, activities, scopeActivities: named }, query);
    const lookedUp = await cellActivities(db, dialect, query, partial, partials.cells, relatedActivities(activities));
    return aggregatePartials(
      indicators,
      finishPartials(partials.cells, lookedUp),
      partials.groupsOverlap,
      rest,
      activities,
    );
  } finally {
    await kept;
  }
}
