import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Observation } from "../../metric";
import { arbitraryIndicator, arbitraryObservationFor } from "../arbitraries/metric";
import { succeeds, type StoreHarness } from "./StoreHarness";

/** Few activities, so that observations often share one and a rewrite often moves one away. */
const ACTIVITY_IDS = ["act-a", "act-b", "act-c", "act-d", "act-e"] as const;

const arbitraryCase = fc.record({
  observations: arbitraryIndicator.chain((indicator) =>
    fc.array(arbitraryObservationFor(indicator, ACTIVITY_IDS), { maxLength: 6 }),
  ),
  asked: fc.subarray([...ACTIVITY_IDS, "act-not-named"]),
});

function byId(a: Observation, b: Observation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** observationsOfActivities answers what filtering every stored observation by its activities answers. */
export function activityObservationRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("reading the observations of a page of activities", () => {
    it("gives each stored observation naming any asked activity once, by id, after any writes", testOptions, () =>
      withStore(async (store) => {
        const stored = new Map<string, Observation>();
        await fc.assert(
          fc.asyncProperty(arbitraryCase, async ({ observations, asked }) => {
            for (const observation of observations) {
              // A drawn id may be stored already: the rewrite replaces the activities it names.
              const written = await succeeds(store.put("observation", observation, { actor: "property" }));
              stored.set(observation.id, written.record);
            }
            const wanted = new Set<string>(asked);
            const expected = [...stored.values()]
              .filter((observation) => observation.activityIds.some((id) => wanted.has(id)))
              .sort(byId);
            const answer = await succeeds(store.observationsOfActivities(asked));
            expect(answer.map((entry) => entry.record)).toEqual(expected);
          }),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );

    it("answers a list of thousands of activities as it answers the few it holds", testOptions, () =>
      withStore(async (store) => {
        const observations = fc.sample(
          arbitraryIndicator.chain((indicator) => arbitraryObservationFor(indicator, ACTIVITY_IDS)),
          { numRuns: 8, ...(seed === undefined ? {} : { seed }) },
        );
        for (const observation of observations)
          await succeeds(store.put("observation", observation, { actor: "test" }));
        const unnamed = Array.from({ length: 2_500 }, (_, index) => `act-unnamed-${index}`);
        const few = await succeeds(store.observationsOfActivities(ACTIVITY_IDS));
        const many = await succeeds(store.observationsOfActivities([...unnamed, ...ACTIVITY_IDS, ...unnamed]));
        expect(many).toEqual(few);
      }),
    );

    it("gives nothing for no activities", testOptions, () =>
      withStore(async (store) => {
        expect(await succeeds(store.observationsOfActivities([]))).toEqual([]);
      }),
    );
  });
}
