import type { Activity } from "../activity";
import { aggregate, type ActivityFacets, type AggregateResult, type Indicator, type Observation } from "../metric";
import { inAggregationScope } from "./AggregationScope";
import type { AggregationQuery } from "./Store";

/** The stored records an aggregation reads. */
export interface AggregationRecords {
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  /** Activities by id, or as a list; only those the observations name are looked at. */
  readonly activities: ReadonlyMap<string, ActivityFacets> | readonly (ActivityFacets & { readonly id: string })[];
  /**
   * The whole activities the observations name, by id, when the query has `scope.activities`
   * (an observation naming none of them is out of scope); unread otherwise.
   */
  readonly scopeActivities?: ReadonlyMap<string, Activity>;
}

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * What every store's `aggregateObservations` answers: the observations of the asked
 * indicators (all, when none are named) in the query's scope (`inAggregationScope`), in id order, aggregated by core's pure `aggregate`
 * with those indicators and the activities they name. A store fetches the rows (it may
 * pass more than needed: the rest are filtered out here) and calls this, so every store
 * gives the same answer. An observation whose indicator is not stored is reported in
 * `skipped` as IndicatorNotFound, not silently dropped.
 * @example aggregateRecords({ indicators, observations, activities }, { bucket: "year", by: { dimension: "kind" } })
 */
export function aggregateRecords(records: AggregationRecords, query: AggregationQuery): AggregateResult {
  const wanted = query.indicatorIds === undefined ? undefined : new Set(query.indicatorIds);
  const scope = query.scope;
  const scopeActivities = records.scopeActivities ?? new Map<string, Activity>();
  const observations = records.observations
    .filter((observation) => wanted?.has(observation.indicatorId) ?? true)
    .filter(
      (observation) => scope === undefined || inAggregationScope(observation, scope, (id) => scopeActivities.get(id)),
    )
    .sort(byId);
  const indicators = records.indicators.filter((indicator) => wanted?.has(indicator.id) ?? true).sort(byId);
  const activities =
    records.activities instanceof Map
      ? records.activities
      : new Map(
          (records.activities as readonly (ActivityFacets & { readonly id: string })[]).map((activity) => [
            activity.id,
            activity,
          ]),
        );
  return aggregate(observations, {
    indicators,
    bucket: query.bucket,
    ...(query.by === undefined ? {} : { by: query.by }),
    ...(query.sources === true ? { sources: true } : {}),
    activities,
  });
}
