import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Activity } from "../../activity";
import { aggregate, exact, moreThan, type Indicator, type Observation } from "../../metric";
import type { AggregationQuery } from "../../store/Store";
import { arbitraryIndicator, arbitraryObservationFor, METRIC_REGIONS } from "../arbitraries/metric";
import { ARBITRARY_RECORDS } from "./sampleRecords";
import { succeeds, type StoreHarness } from "./StoreHarness";

interface AggregationCase {
  readonly indicators: Indicator[];
  readonly activities: Activity[];
  readonly observations: Observation[];
  readonly query: AggregationQuery;
}

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Indicators, activities, observations of those indicators naming those activities, and a query over them. */
const arbitraryAggregationCase: fc.Arbitrary<AggregationCase> = fc
  .tuple(
    fc.uniqueArray(arbitraryIndicator, { minLength: 1, maxLength: 3, selector: (indicator) => indicator.id }),
    fc.uniqueArray(ARBITRARY_RECORDS.activity, { maxLength: 4, selector: (activity) => activity.id }),
  )
  .chain(([indicators, activities]) =>
    fc.record({
      indicators: fc.constant(indicators),
      activities: fc.constant(activities),
      observations: fc.uniqueArray(
        fc.constantFrom(...indicators).chain((indicator) =>
          arbitraryObservationFor(
            indicator,
            activities.map((activity) => activity.id),
          ),
        ),
        { maxLength: 8, selector: (observation) => observation.id },
      ),
      query: fc.record(
        {
          indicatorIds: fc.subarray([...indicators.map((indicator) => indicator.id), "no-such-indicator"]),
          bucket: fc.constantFrom("year" as const, "month" as const),
          by: fc.oneof(
            fc.constant({ dimension: "country" as const }),
            fc
              .subarray([...METRIC_REGIONS], { minLength: 1, maxLength: 3 })
              .map((regions) => ({ dimension: "region" as const, regions })),
            fc.constant({ dimension: "topic" as const }),
            fc.constant({ dimension: "kind" as const }),
          ),
          sources: fc.boolean(),
        },
        { requiredKeys: ["bucket"] },
      ),
    }),
  );

/** The answer the contract requires: core's `aggregate` over the asked indicators' observations, in id order. */
function expectedAggregation(
  query: AggregationQuery,
  indicators: ReadonlyMap<string, Indicator>,
  observations: ReadonlyMap<string, Observation>,
  activities: ReadonlyMap<string, Activity>,
): ReturnType<typeof aggregate> {
  const wanted = query.indicatorIds === undefined ? undefined : new Set(query.indicatorIds);
  return aggregate(
    [...observations.values()].filter((observation) => wanted?.has(observation.indicatorId) ?? true).sort(byId),
    {
      indicators: [...indicators.values()].filter((indicator) => wanted?.has(indicator.id) ?? true),
      bucket: query.bucket,
      ...(query.by === undefined ? {} : { by: query.by }),
      ...(query.sources === true ? { sources: true } : {}),
      activities,
    },
  );
}

// The 2021 report is known only up to its number: a partial symbol.
const REPORT_2021 = "E/CN.15/2021/…";

const trained: Indicator = {
  id: "practitioners-trained",
  name: { en: "Practitioners trained" },
  unit: "person",
  aggregation: "sum",
};

function trainedIn2020(id: string, value: Observation["value"], paragraph: number): Observation {
  return {
    id,
    indicatorId: trained.id,
    value,
    scope: { period: { start: "2020" }, countries: { named: [] }, regions: { m49: [], named: [] }, disaggregation: [] },
    activityIds: [],
    provenance: [{ source: "document", symbol: REPORT_2021, paragraphs: [paragraph] }],
  };
}

/** aggregateObservations answers what core's pure `aggregate` answers over the stored records. */
export function observationRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("aggregating observations", () => {
    it("exact 655 and more than 130 practitioners add up to more than 785", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("indicator", trained, { actor: "editor" }));
        await succeeds(
          store.put("observation", trainedIn2020("obs-655", exact(655, { unit: "person" }), 27), { actor: "editor" }),
        );
        await succeeds(
          store.put("observation", trainedIn2020("obs-130", moreThan(130, { unit: "person" }), 18), {
            actor: "editor",
          }),
        );
        const result = await succeeds(store.aggregateObservations({ bucket: "year" }));
        expect(result.cells).toHaveLength(1);
        expect(result.cells[0]).toMatchObject({
          indicatorId: "practitioners-trained",
          value: { value: 785, qualifier: "atLeast", strict: true },
          observationCount: 2,
        });
        expect(result.cells[0]?.sources).toBeUndefined();
        const sourced = await succeeds(store.aggregateObservations({ bucket: "year", sources: true }));
        expect(sourced.cells[0]?.sources?.observationIds).toEqual(["obs-130", "obs-655"]);
        expect(result.skipped).toEqual([]);
      }),
    );

    it("an observation of an indicator that is not stored is reported as skipped, not dropped", testOptions, () =>
      withStore(async (store) => {
        await succeeds(
          store.put("observation", trainedIn2020("obs-orphan", exact(12, { unit: "person" }), 17), { actor: "editor" }),
        );
        const result = await succeeds(store.aggregateObservations({ bucket: "year" }));
        expect(result.cells).toEqual([]);
        expect(result.skipped).toEqual([expect.objectContaining({ observationId: "obs-orphan" })]);
      }),
    );

    it("agrees with aggregate over the same records, for any records and query", testOptions, () =>
      withStore(async (store) => {
        const indicators = new Map<string, Indicator>();
        const observations = new Map<string, Observation>();
        const activities = new Map<string, Activity>();
        await fc.assert(
          fc.asyncProperty(arbitraryAggregationCase, async (drawn) => {
            for (const indicator of drawn.indicators) {
              await succeeds(store.put("indicator", indicator, { actor: "property" }));
              indicators.set(indicator.id, indicator);
            }
            for (const activity of drawn.activities) {
              await succeeds(store.put("activity", activity, { actor: "property" }));
              activities.set(activity.id, activity);
            }
            for (const observation of drawn.observations) {
              await succeeds(store.put("observation", observation, { actor: "property" }));
              observations.set(observation.id, observation);
            }
            const expected = expectedAggregation(drawn.query, indicators, observations, activities);
            expect(await succeeds(store.aggregateObservations(drawn.query))).toEqual(expected);
          }),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );
  });
}
