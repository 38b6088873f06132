import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Activity } from "../../activity";
import { ActivityCountFacet, countActivitiesByFacet, type ActivityCountQuery } from "../../store/ActivityCount";
import { arbitraryAggregationActivityScope } from "./arbitraryActivityFilter";
import { ARBITRARY_RECORDS, sampleRecord } from "./sampleRecords";
import { succeeds, type StoreHarness } from "./StoreHarness";

const arbitraryCountQuery: fc.Arbitrary<ActivityCountQuery> = fc.record(
  { facet: fc.constantFrom(...ActivityCountFacet.options), scope: arbitraryAggregationActivityScope },
  { requiredKeys: ["facet"] },
);

/**
 * countActivities answers what core's `countActivitiesByFacet` answers over every stored
 * activity: for any content (activities written, rewritten and removed) and any scope and facet.
 */
export function activityCountRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("counting activities by a facet", () => {
    it("equals countActivitiesByFacet for any store content, scope and facet", testOptions, () =>
      withStore(async (store) => {
        const model = new Map<string, Activity>();
        await fc.assert(
          fc.asyncProperty(
            fc.array(ARBITRARY_RECORDS.activity, { maxLength: 6 }),
            fc.boolean(),
            fc.array(arbitraryCountQuery, { minLength: 1, maxLength: 4 }),
            async (activities, removeOne, queries) => {
              for (const activity of activities) {
                await succeeds(store.put("activity", activity, { actor: "property" }));
                model.set(activity.id, activity);
              }
              const removed = removeOne ? [...model.keys()].sort()[0] : undefined;
              if (removed !== undefined) {
                await succeeds(store.remove("activity", removed, { actor: "property" }));
                model.delete(removed);
              }
              for (const query of queries)
                expect(await succeeds(store.countActivities(query))).toEqual(
                  countActivitiesByFacet(model.values(), query),
                );
            },
          ),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );

    it("counts an activity in 64 countries as a count, under no country", testOptions, () =>
      withStore(async (store) => {
        const counted: Activity = {
          ...sampleRecord("activity", "diploma-course"),
          countries: { named: [], count: { value: 64, qualifier: "exact", unit: "country" } },
        };
        const named: Activity = { ...sampleRecord("activity", "mentors"), countries: { named: ["SLV", "GTM"] } };
        await succeeds(store.put("activity", counted, { actor: "editor" }));
        await succeeds(store.put("activity", named, { actor: "editor" }));
        const answer = await succeeds(store.countActivities({ facet: "country" }));
        expect(answer.countriesCounted).toBe(1);
        expect(answer.without).toBe(1);
        expect(answer.counts.map((count) => count.key).sort()).toEqual(["GTM", "SLV"]);
      }),
    );
  });
}
