import fc from "fast-check";
import { ACTIVITY_KINDS, ACTIVITY_TOPICS, AUDIENCES, type ActivityFilter } from "../../activity";
import type { AggregationActivityScope, AggregationScope } from "../../store/AggregationScope";
import { arbitraryMetricPeriod, METRIC_COUNTRIES, METRIC_REGIONS } from "../arbitraries/metric";

/**
 * The criteria a filter may use, each over values the activity arbitrary also uses, so that
 * generated filters match some generated activities and miss others. Partners are asked by
 * acronym, by name and in other case; texts by words of the generated titles, with accents
 * and case changed, and by a word no title has.
 */
const CRITERIA: { readonly [K in keyof Required<ActivityFilter>]: fc.Arbitrary<NonNullable<ActivityFilter[K]>> } = {
  mandateId: fc.constantFrom("a-res-74-173", "a-res-74-174", "ccpcj-res-22-8", "e-res-2019-19"),
  country: fc.constantFrom(...METRIC_COUNTRIES),
  region: fc.constantFrom(...METRIC_REGIONS),
  placeRole: fc.constantFrom("assisted", "based-in", "venue", "any"),
  topic: fc.constantFrom(...ACTIVITY_TOPICS),
  kind: fc.constantFrom(...ACTIVITY_KINDS),
  partner: fc.constantFrom("INTERPOL", "interpol", "World Bank", "unicef", "NCMEC", "Interpool"),
  audience: fc.constantFrom(...AUDIENCES),
  period: arbitraryMetricPeriod,
  text: fc.constantFrom("cybercrime", "CYBERCRIME", "evaluation", "培训", "darknet formation", "kidnapping"),
};

/**
 * An activity filter of zero to three criteria (an empty filter asks for everything), for
 * the contract's comparison of `findActivities` with `matchesActivityFilter`.
 */
export const arbitraryActivityFilter: fc.Arbitrary<ActivityFilter> = fc
  .subarray(Object.keys(CRITERIA) as (keyof ActivityFilter)[], { maxLength: 3 })
  .chain((keys) =>
    fc.record(
      Object.fromEntries(keys.map((key) => [key, CRITERIA[key]])) as {
        [K in keyof ActivityFilter]: fc.Arbitrary<ActivityFilter[K]>;
      },
    ),
  );

const SCOPE_CRITERIA = ["mandateId", "country", "region", "topic", "kind", "period"] as const;

/**
 * The scope of an aggregation: up to three activity criteria of those a scope takes, and
 * sometimes a period of the figures, over the same values as the filters above.
 */
export const arbitraryAggregationScope: fc.Arbitrary<AggregationScope> = fc.record(
  {
    activities: fc.subarray([...SCOPE_CRITERIA], { maxLength: 3 }).chain((keys) =>
      fc.record(
        Object.fromEntries(keys.map((key) => [key, CRITERIA[key]])) as {
          [K in keyof AggregationActivityScope]: fc.Arbitrary<AggregationActivityScope[K]>;
        },
      ),
    ),
    period: arbitraryMetricPeriod,
  },
  { requiredKeys: [] },
);

/** The activity criteria of an aggregation scope alone (what a count of activities takes). */
export const arbitraryAggregationActivityScope: fc.Arbitrary<AggregationActivityScope> = arbitraryAggregationScope.map(
  (scope) => scope.activities ?? {},
);
