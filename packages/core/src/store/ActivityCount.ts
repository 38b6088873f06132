import * as z from "zod/mini";
import { matchesActivityFilter, type Activity } from "../activity";
import { regionsOfCountry } from "../geo";
import { coverageRegionCodes } from "../metric/RegionCoverage";
import { compareCodePoints } from "../text/compareCodePoints";
import { AggregationActivityScope } from "./AggregationScope";

/**
 * What activities can be counted by: their topics, their kind, the countries they assist
 * (named ones only: a count of countries names none) and the M49 regions a region filter
 * finds them by.
 * @example ActivityCountFacet.parse("topic")
 */
export const ActivityCountFacet = z.enum(["topic", "kind", "country", "region"]);
/** What activities can be counted by. */
export type ActivityCountFacet = z.infer<typeof ActivityCountFacet>;

/**
 * A count of activities: which ones (`scope`, every activity when absent) and by what facet.
 * @example ActivityCountQuery.parse({ facet: "kind", scope: { mandateId: "a-res-74-173", period: { start: "2020" } } })
 */
export const ActivityCountQuery = z.strictObject({
  facet: ActivityCountFacet,
  scope: z.optional(AggregationActivityScope),
});
/** A count of activities by a facet. */
export type ActivityCountQuery = z.infer<typeof ActivityCountQuery>;

/** How many activities of the scope have one value of the facet. */
export const ActivityCountByKey = z.strictObject({
  /** The value: a topic, a kind, an ISO alpha-3 country or an M49 region code. */
  key: z.string(),
  activities: z.number().check(z.int(), z.nonnegative()),
});
/** How many activities of the scope have one value of the facet. */
export type ActivityCountByKey = z.infer<typeof ActivityCountByKey>;

/**
 * The activities of a scope counted by a facet. An activity with several values (topics,
 * countries, regions) counts once under each, so the counts may add up to more than
 * `activities`; `without` counts those with none (no topic, no country named).
 * @example { facet: "country", activities: 12, counts: [{ key: "SLV", activities: 3 }], without: 9, countriesCounted: 2 }
 */
export const ActivityCounts = z.strictObject({
  facet: ActivityCountFacet,
  /** The activities in the scope. */
  activities: z.number().check(z.int(), z.nonnegative()),
  /** One entry per value some activity has, most activities first, then by key (code-point order). */
  counts: z.array(ActivityCountByKey),
  /** The activities in the scope with no value of the facet. */
  without: z.number().check(z.int(), z.nonnegative()),
  /**
   * With the country facet only: the activities whose source gives a number of countries
   * ("from 64 countries"), whether or not it names some. Their countries are counts, not a
   * list, and are not in `counts` unless named.
   */
  countriesCounted: z.optional(z.number().check(z.int(), z.nonnegative())),
});
/** The activities of a scope counted by a facet. */
export type ActivityCounts = z.infer<typeof ActivityCounts>;

/**
 * The values of a facet an activity has, each once: its topics, its kind, the countries it
 * assists by name, or the M49 regions `matchesActivityFilter` finds it by (those it lists,
 * the areas its named regions stand for, and every region around a country it assists).
 * @example activityFacetKeys(activityInBelize, "region") // ["013", "419", "019", "001"]
 */
export function activityFacetKeys(activity: Activity, facet: ActivityCountFacet): string[] {
  switch (facet) {
    case "topic":
      return [...new Set(activity.topics)];
    case "kind":
      return [activity.kind];
    case "country":
      return [...new Set(activity.countries.named)];
    case "region":
      return [
        ...new Set([
          ...coverageRegionCodes(activity.regions),
          ...activity.countries.named.flatMap((country) => regionsOfCountry(country)),
        ]),
      ];
  }
}

/** Most activities first, then by key in code-point order (as SQL's byte order gives ids). */
function byCountThenKey(a: ActivityCountByKey, b: ActivityCountByKey): number {
  return b.activities - a.activities || compareCodePoints(a.key, b.key);
}

/**
 * What every store's `countActivities` answers: the activities `query.scope` matches (as
 * `matchesActivityFilter` reads it) counted by `query.facet` (`activityFacetKeys`).
 * @example countActivitiesByFacet(activities, { facet: "topic", scope: { mandateId: "a-res-74-173" } })
 */
export function countActivitiesByFacet(activities: Iterable<Activity>, query: ActivityCountQuery): ActivityCounts {
  const byKey = new Map<string, number>();
  let inScope = 0;
  let without = 0;
  let countriesCounted = 0;
  for (const activity of activities) {
    if (query.scope !== undefined && !matchesActivityFilter(activity, query.scope)) continue;
    inScope += 1;
    const keys = activityFacetKeys(activity, query.facet);
    if (keys.length === 0) without += 1;
    for (const key of keys) byKey.set(key, (byKey.get(key) ?? 0) + 1);
    if (activity.countries.count !== undefined) countriesCounted += 1;
  }
  return {
    facet: query.facet,
    activities: inScope,
    counts: [...byKey].map(([key, count]) => ({ key, activities: count })).sort(byCountThenKey),
    without,
    ...(query.facet === "country" ? { countriesCounted } : {}),
  };
}

/**
 * The answer of a count whose per-key counts a store computed itself: sorted as
 * `countActivitiesByFacet` sorts them, so every store gives the same answer.
 */
export function activityCountsOf(
  query: ActivityCountQuery,
  tally: {
    readonly activities: number;
    readonly counts: readonly ActivityCountByKey[];
    readonly without: number;
    readonly countriesCounted: number;
  },
): ActivityCounts {
  return {
    facet: query.facet,
    activities: tally.activities,
    counts: [...tally.counts].sort(byCountThenKey),
    without: tally.without,
    ...(query.facet === "country" ? { countriesCounted: tally.countriesCounted } : {}),
  };
}
