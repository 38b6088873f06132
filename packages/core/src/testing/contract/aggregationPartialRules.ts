import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Activity } from "../../activity";
import { AGGREGATIONS, aggregate, type Indicator, type Observation } from "../../metric";
import { inAggregationScope } from "../../store/AggregationScope";
import type { AggregationQuery } from "../../store/Store";
import type { CountryCoverage } from "../../metric";
import {
  arbitraryCountryCoverage,
  arbitraryIndicator,
  arbitraryObservationFor,
  METRIC_REGIONS,
} from "../arbitraries/metric";
import { arbitraryAggregationScope } from "./arbitraryActivityFilter";
import { ARBITRARY_RECORDS } from "./sampleRecords";
import { entriesOf, fails, succeeds, type StoreHarness } from "./StoreHarness";

const INDICATOR_IDS = ["trained", "reached", "countries", "rate"] as const;
const ACTIVITY_IDS = ["act-a", "act-b", "act-c", "act-d", "act-e"] as const;
const UNITS = ["person", "case", "country"] as const;

/** Activities with ids from a small set, some part of or overlapping others of the set. */
const arbitraryRelatedActivities: fc.Arbitrary<Activity[]> = fc
  .uniqueArray(fc.constantFrom(...ACTIVITY_IDS), { minLength: 1, maxLength: ACTIVITY_IDS.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            base: ARBITRARY_RECORDS.activity,
            partOf: fc.option(fc.constantFrom(...ACTIVITY_IDS.filter((other) => other !== id)), { nil: undefined }),
            overlaps: fc.subarray(ACTIVITY_IDS.filter((other) => other !== id)),
          })
          .map(({ base, partOf, overlaps }): Activity => {
            const { partOf: _p, mayOverlapWith: _m, ...rest } = base;
            const mayOverlapWith = overlaps.filter((other) => other !== partOf);
            return {
              ...rest,
              id,
              ...(partOf === undefined ? {} : { partOf }),
              ...(mayOverlapWith.length === 0 ? {} : { mayOverlapWith }),
            };
          }),
      ),
    ),
  );

/**
 * An observation of `indicator`, often with one of a few coverages (so that cells combine
 * the same counted coverage more than once) and in one year (so that cells combine figures), sometimes in a unit the indicator does not
 * count, sometimes citing records it was computed from.
 */
function arbitraryFigure(
  indicator: Indicator,
  activityIds: readonly string[],
  coverages: readonly CountryCoverage[],
): fc.Arbitrary<Observation> {
  return fc
    .tuple(
      arbitraryObservationFor(indicator, activityIds),
      // fc.option's freq is the odds of nil: a unit is stated (maybe another) for one figure in four.
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constantFrom(...UNITS), weight: 1 }),
      fc.boolean(),
      fc.option(fc.constantFrom(...coverages), { freq: 3, nil: undefined }),
      // Often one of two periods of one year, so that cells combine several figures (and their activities' relations).
      fc.option(fc.constantFrom({ start: "2020" }, { start: "2020-03", end: "2020-05" }), { freq: 2, nil: undefined }),
    )
    .map(([drawn, otherUnit, computed, shared, period]) => {
      const countries = shared ?? drawn.scope.countries;
      const observation = { ...drawn, scope: { ...drawn.scope, countries, period: period ?? drawn.scope.period } };
      const value =
        otherUnit !== undefined && !("basis" in observation.value)
          ? { ...observation.value, unit: otherUnit }
          : observation.value;
      const provenance = computed
        ? [
            ...observation.provenance,
            { source: "computed" as const, activityIds: activityIds.slice(0, 1), observationIds: ["obs-source"] },
          ]
        : observation.provenance;
      return { ...observation, value, provenance };
    });
}

interface PartialCase {
  readonly indicators: Indicator[];
  readonly activities: Activity[];
  readonly observations: Observation[];
  /** Indicators rewritten after their figures were stored (another unit or aggregation). */
  readonly rewritten: Indicator[];
  /** How the figures are written: one put each, or one import. */
  readonly writtenBy: "put" | "import";
  /** Figures (of this run or earlier ones) and activities removed after the writes. */
  readonly removed: { readonly observations: string[]; readonly activities: string[] };
  /** Whether an import rewriting every figure is then rejected by a bad record (and must change nothing). */
  readonly rejectedImport: boolean;
  readonly query: AggregationQuery;
}

const arbitraryPartialCase: fc.Arbitrary<PartialCase> = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...INDICATOR_IDS), { minLength: 1, maxLength: INDICATOR_IDS.length }),
    arbitraryRelatedActivities,
  )
  .chain(([ids, activities]) =>
    fc
      .tuple(
        fc.tuple(...ids.map((id) => arbitraryIndicator.map((indicator): Indicator => ({ ...indicator, id })))),
        fc.array(arbitraryCountryCoverage, { minLength: 1, maxLength: 3 }),
      )
      .chain(([indicators, coverages]) =>
        fc.record({
          indicators: fc.constant(indicators),
          activities: fc.constant(activities),
          observations: fc
            .array(
              fc.constantFrom(...indicators).chain((indicator) =>
                arbitraryFigure(
                  indicator,
                  activities.map((activity) => activity.id),
                  coverages,
                ),
              ),
              { maxLength: 30 },
            )
            .map((figures) => figures.map((figure, index) => ({ ...figure, id: `obs-${index}` }))),
          rewritten: fc.subarray(indicators).chain((chosen) =>
            fc.tuple(
              ...chosen.map((indicator) =>
                fc
                  .record({ unit: fc.constantFrom(...UNITS), aggregation: fc.constantFrom(...AGGREGATIONS) })
                  // A distinct count counts countries, whatever else changes.
                  .map((change): Indicator => ({
                    ...indicator,
                    ...change,
                    ...(change.aggregation === "distinct-count" ? { unit: "country" } : {}),
                  })),
              ),
            ),
          ),
          writtenBy: fc.constantFrom("put" as const, "import" as const),
          removed: fc.record({
            observations: fc.subarray(
              Array.from({ length: 30 }, (_, index) => `obs-${index}`),
              { maxLength: 6 },
            ),
            activities: fc.subarray([...ACTIVITY_IDS], { maxLength: 2 }),
          }),
          rejectedImport: fc.boolean(),
          // Half the queries have no scope: those are the ones a store may answer from what it keeps.
          query: fc
            .tuple(
              fc.record(
                {
                  indicatorIds: fc.subarray([...ids, "no-such-indicator"]),
                  bucket: fc.constantFrom("year" as const, "month" as const),
                  by: fc.oneof(
                    fc.constant({ dimension: "country" as const }),
                    fc
                      .subarray([...METRIC_REGIONS], { minLength: 1, maxLength: 4 })
                      .map((regions) => ({ dimension: "region" as const, regions })),
                    fc.constant({ dimension: "topic" as const }),
                    fc.constant({ dimension: "kind" as const }),
                  ),
                  sources: fc.boolean(),
                },
                { requiredKeys: ["bucket"] },
              ),
              fc.option(arbitraryAggregationScope, { freq: 2, nil: undefined }),
            )
            .map(([query, scope]): AggregationQuery => (scope === undefined ? query : { ...query, scope })),
        }),
      ),
  );

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Stores that compute aggregations in their database (partial sums and counts that core
 * finishes) answer exactly what core's in-memory `aggregate` answers over the observations in
 * the query's scope (a mandate's, a country's, a year's: narrowed in the database): many figures per
 * cell, every qualifier, counted coverages, figures in another unit, indicators changed
 * after their figures were stored, activities that are part of or overlap others; figures
 * written one by one or imported, figures and activities removed, an import rolled back
 * whole, each after the same query was asked (so what a store keeps of it must follow);
 * with the cells' sources or with their counts only.
 */
export function aggregationPartialRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("aggregating in the store", () => {
    it("equals core's aggregate for any store content and any query", testOptions, () =>
      withStore(async (store) => {
        // One store for every run: each run's records are written over the last ones', as the model's are.
        const indicators = new Map<string, Indicator>();
        const activities = new Map<string, Activity>();
        const observations = new Map<string, Observation>();
        const write = { actor: "property" };
        await fc.assert(
          fc.asyncProperty(arbitraryPartialCase, async (drawn) => {
            for (const indicator of drawn.indicators) {
              await succeeds(store.put("indicator", indicator, write));
              indicators.set(indicator.id, indicator);
            }
            for (const activity of drawn.activities) {
              await succeeds(store.put("activity", activity, write));
              activities.set(activity.id, activity);
            }
            // Asked before the writes too, so that what the store keeps from it must follow them.
            await succeeds(store.aggregateObservations(drawn.query));
            if (drawn.writtenBy === "import")
              await succeeds(
                store.importRecords(
                  entriesOf(drawn.observations.map((record) => ({ kind: "observation" as const, record }))),
                  write,
                ),
              );
            else
              for (const observation of drawn.observations)
                await succeeds(store.put("observation", observation, write));
            for (const observation of drawn.observations) observations.set(observation.id, observation);
            for (const indicator of drawn.rewritten) {
              await succeeds(store.put("indicator", indicator, write));
              indicators.set(indicator.id, indicator);
            }
            for (const id of drawn.removed.observations.filter((one) => observations.has(one))) {
              await succeeds(store.remove("observation", id, write));
              observations.delete(id);
            }
            for (const id of drawn.removed.activities.filter((one) => activities.has(one))) {
              await succeeds(store.remove("activity", id, write));
              activities.delete(id);
            }
            if (drawn.rejectedImport) {
              // Every stored figure rewritten, then a record no store accepts: the import is rolled back whole.
              const rewrites = [...observations.values()].map((observation) => ({
                kind: "observation" as const,
                record: { ...observation, indicatorId: drawn.indicators[0]?.id ?? observation.indicatorId },
              }));
              const bad = { kind: "observation" as const, record: { ...drawn.observations[0], id: "Not An Id" } };
              await fails(store.importRecords(entriesOf([...rewrites, bad]), write));
            }
            const wanted = drawn.query.indicatorIds === undefined ? undefined : new Set(drawn.query.indicatorIds);
            const scope = drawn.query.scope;
            const expected = aggregate(
              [...observations.values()]
                .filter((observation) => wanted?.has(observation.indicatorId) ?? true)
                .filter(
                  (observation) =>
                    scope === undefined || inAggregationScope(observation, scope, (id) => activities.get(id)),
                )
                .sort(byId),
              {
                indicators: [...indicators.values()].filter((indicator) => wanted?.has(indicator.id) ?? true),
                bucket: drawn.query.bucket,
                ...(drawn.query.by === undefined ? {} : { by: drawn.query.by }),
                ...(drawn.query.sources === true ? { sources: true } : {}),
                activities,
              },
            );
            expect(await succeeds(store.aggregateObservations(drawn.query))).toEqual(expected);
          }),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );
  });
}
