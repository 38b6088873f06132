import { periodEnd, periodStart, type AggregationActivityScope, type AggregationScope } from "@remit/core";
import { sql, type RawBuilder } from "kysely";
import { tableIn, type DialectInfo } from "../DialectInfo";
import { facetCode, type FacetName } from "../projection/Facets";
import { inRegionSql, recordsInRegionSql } from "../projection/RegionMembership";

/** The columns of the observation a scope is tested on: its id, and its period's first and last possible days. */
export interface ScopedObservation {
  readonly id: RawBuilder<unknown>;
  readonly periodStart: RawBuilder<unknown>;
  readonly periodEnd: RawBuilder<unknown>;
}

/** A criterion of an activity scope: a facet's value, or an M49 region (listed, or around a country named). */
type ScopeCriterion = { readonly facet: number; readonly value: string } | { readonly region: string };

/** The facet criteria of an activity scope; the facets hold the countries and regions an activity assists, the scope's only role. */
function facetCriteria(scope: AggregationActivityScope): ScopeCriterion[] {
  const criteria: [FacetName | "region", string | undefined][] = [
    ["activityMandate", scope.mandateId],
    ["activityCountry", scope.country],
    ["region", scope.region],
    ["activityTopic", scope.topic],
    ["activityKind", scope.kind],
  ];
  return criteria.flatMap(([facet, value]) =>
    value === undefined ? [] : [facet === "region" ? { region: value } : { facet: facetCode(facet), value }],
  );
}

/** The rows a driving criterion reads (alias `d`, its `record_id` the activity's id). */
function drivingRows(criterion: ScopeCriterion, dialect: DialectInfo): RawBuilder<unknown> {
  if ("region" in criterion) return sql`(${recordsInRegionSql(dialect, criterion.region)}) d`;
  return sql`${tableIn(dialect, "facet")} d`;
}

/** The condition on the driving rows `d`: none more for a region, whose rows are its activities. */
function drivingCondition(criterion: ScopeCriterion): RawBuilder<unknown> {
  if ("region" in criterion) return sql`1 = 1`;
  return sql`d.facet = ${sql.lit(criterion.facet)} and d.value = ${criterion.value}`;
}

/** The condition that the activity `a` meets a criterion it was not driven by. */
function checkedCriterion(criterion: ScopeCriterion, dialect: DialectInfo): RawBuilder<unknown> {
  if ("region" in criterion) return inRegionSql(dialect, sql.ref("a.id"), criterion.region);
  return sql`exists (select 1 from ${tableIn(dialect, "facet")} x where x.record_id = a.id and x.facet = ${sql.lit(criterion.facet)} and x.value = ${criterion.value})`;
}

/**
 * The ids (column `id`) of the activities the scope matches, as `matchesActivityFilter` reads
 * it: the first facet criterion drives (a range of the `(facet, value, record_id)` index), the
 * others are checked per activity, and the period against the activity's.
 */
export function activitiesInScopeSql(scope: AggregationActivityScope, dialect: DialectInfo): RawBuilder<unknown> {
  const activity = tableIn(dialect, "activity");
  const [driver, ...checks] = facetCriteria(scope);
  const conditions: RawBuilder<unknown>[] = [];
  let from: RawBuilder<unknown>;
  if (driver === undefined) from = sql`${activity} a`;
  else {
    from = sql`${drivingRows(driver, dialect)} cross join ${activity} a`;
    conditions.push(sql`${drivingCondition(driver)} and a.id = d.record_id`);
  }
  for (const check of checks) conditions.push(checkedCriterion(check, dialect));
  if (scope.period !== undefined)
    conditions.push(sql`a.period_start <= ${periodEnd(scope.period)} and a.period_end >= ${periodStart(scope.period)}`);
  return conditions.length === 0
    ? sql`select a.id from ${from}`
    : sql`select a.id from ${from} where ${sql.join(conditions, sql` and `)}`;
}

/**
 * The ids of the observations naming an activity the scope matches. The first facet
 * criterion drives (a range of the `(facet, value, record_id)` index), the others are
 * checked per activity; CROSS JOINs keep that order in SQLite.
 */
function observationsOfActivities(scope: AggregationActivityScope, dialect: DialectInfo): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  const activity = tableIn(dialect, "activity");
  const [driver, ...checks] = facetCriteria(scope);
  const named = sql.lit(facetCode("observationActivity"));
  const conditions: RawBuilder<unknown>[] = [];
  let from: RawBuilder<unknown>;
  if (driver === undefined) {
    from = sql`${activity} a cross join ${facet} oa`;
    conditions.push(sql`oa.facet = ${named} and oa.value = a.id`);
  } else {
    from = sql`${drivingRows(driver, dialect)} cross join ${activity} a cross join ${facet} oa`;
    conditions.push(sql`${drivingCondition(driver)} and a.id = d.record_id`);
    conditions.push(sql`oa.facet = ${named} and oa.value = d.record_id`);
  }
  for (const check of checks) conditions.push(checkedCriterion(check, dialect));
  if (scope.period !== undefined)
    conditions.push(sql`a.period_start <= ${periodEnd(scope.period)} and a.period_end >= ${periodStart(scope.period)}`);
  return sql`select oa.record_id from ${from} where ${sql.join(conditions, sql` and `)}`;
}

/**
 * The condition that an observation is in an aggregation's scope, as core's
 * `inAggregationScope` reads it, answered from the projections alone: its period against the
 * scope's, and its activities by their facets and periods. True without a scope.
 */
export function inScopeSql(
  scope: AggregationScope | undefined,
  dialect: DialectInfo,
  observation: ScopedObservation,
): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [];
  if (scope?.period !== undefined)
    conditions.push(
      sql`${observation.periodStart} <= ${periodEnd(scope.period)} and ${observation.periodEnd} >= ${periodStart(scope.period)}`,
    );
  if (scope?.activities !== undefined)
    conditions.push(sql`${observation.id} in (${observationsOfActivities(scope.activities, dialect)})`);
  return conditions.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}
