import * as z from "zod/mini";
import { ActivityFilter, matchesActivityFilter, type Activity } from "../activity";
import type { Observation } from "../metric";
import { overlaps, Period } from "../time/Period";

/**
 * The activity criteria an aggregation may be scoped by: those a store answers from its
 * indexes alone (mandate, assisted country and region, topic, kind, period), so that it can
 * narrow the observations before summing them and still answer what core's predicate answers.
 * @example AggregationActivityScope.parse({ mandateId: "a-res-74-173", period: { start: "2020" } })
 */
export const AggregationActivityScope = z.pick(ActivityFilter, {
  mandateId: true,
  country: true,
  region: true,
  topic: true,
  kind: true,
  period: true,
});
/** The activity criteria an aggregation may be scoped by. */
export type AggregationActivityScope = z.infer<typeof AggregationActivityScope>;

/**
 * Which observations an aggregation counts (see {@link inAggregationScope}): those over
 * `period`, about an activity that `activities` matches. An empty scope counts every one.
 * @example AggregationScope.parse({ activities: { mandateId: "a-res-74-173", period: { start: "2020" } }, period: { start: "2020" } })
 */
export const AggregationScope = z.strictObject({
  /** Counts the observations naming at least one stored activity these criteria match. */
  activities: z.optional(AggregationActivityScope),
  /** Counts the observations whose period shares at least one possible day with this one. */
  period: z.optional(Period),
});
/** Which observations an aggregation counts. */
export type AggregationScope = z.infer<typeof AggregationScope>;

/**
 * Whether an aggregation scoped by `scope` counts an observation: its period overlaps
 * `scope.period`, and one of the activities it names is stored (`activityOf` finds it) and
 * matches `scope.activities` as `matchesActivityFilter` reads them. The definition every
 * store's scoped aggregation follows.
 * @example inAggregationScope(trained2020, { activities: { mandateId: "a-res-74-173" } }, (id) => activities.get(id))
 */
export function inAggregationScope(
  observation: Observation,
  scope: AggregationScope,
  activityOf: (id: string) => Activity | undefined,
): boolean {
  if (scope.period !== undefined && !overlaps(observation.scope.period, scope.period)) return false;
  const criteria = scope.activities;
  if (criteria === undefined) return true;
  return observation.activityIds.some((id) => {
    const activity = activityOf(id);
    return activity !== undefined && matchesActivityFilter(activity, criteria);
  });
}
