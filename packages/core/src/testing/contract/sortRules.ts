import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVITY_SORT_KEYS,
  compareActivities,
  matchesActivityFilter,
  type Activity,
  type ActivityFilter,
  type ActivitySort,
} from "../../activity";
import type { StoreShape } from "../../store/Store";
import { arbitraryActivityFilter } from "./arbitraryActivityFilter";
import { ARBITRARY_RECORDS, sampleRecord, sampleRecords } from "./sampleRecords";
import { allPages, fails, succeeds, type StoreHarness } from "./StoreHarness";

const arbitrarySort: fc.Arbitrary<ActivitySort> = fc.record({
  by: fc.constantFrom(...ACTIVITY_SORT_KEYS),
  direction: fc.constantFrom("asc" as const, "desc" as const),
});

async function sortedIds(store: StoreShape, filter: ActivityFilter, sort: ActivitySort, limit: number) {
  const pages = await allPages(
    (cursor) => store.findActivities(filter, { limit, ...(cursor === undefined ? {} : { cursor }) }, sort),
    limit,
  );
  return pages.map((stored) => stored.record.id);
}

function titled(id: string, title: string): Activity {
  return { ...sampleRecord("activity", id), title: { en: title } };
}

/** Sorted activity lists: core's `compareActivities` order, every match once, cursors bound to their order. */
export function sortRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("sorting activities", () => {
    it(
      "pages through every matching activity exactly once, in compareActivities' order, for any sort",
      testOptions,
      () =>
        withStore(async (store) => {
          const model = new Map<string, Activity>();
          await fc.assert(
            fc.asyncProperty(
              fc.array(ARBITRARY_RECORDS.activity, { maxLength: 8 }),
              arbitraryActivityFilter,
              arbitrarySort,
              fc.integer({ min: 1, max: 4 }),
              async (activities, filter, sort, limit) => {
                for (const activity of activities) {
                  await succeeds(store.put("activity", activity, { actor: "property" }));
                  model.set(activity.id, activity);
                }
                const expected = [...model.values()]
                  .filter((activity) => matchesActivityFilter(activity, filter))
                  .sort(compareActivities(sort))
                  .map((activity) => activity.id);
                expect(await sortedIds(store, filter, sort, limit)).toEqual(expected);
              },
            ),
            { numRuns, ...(seed === undefined ? {} : { seed }) },
          );
        }),
    );

    it("orders titles by code point, beyond the Basic Multilingual Plane too", testOptions, () =>
      withStore(async (store) => {
        // U+FA0E and U+20000 have no decomposition: by code point U+FA0E comes first, though
        // JavaScript's UTF-16 comparison would put the surrogate pair of U+20000 first.
        const activities = [
          titled("act-ext-b", "\u{20000}"),
          titled("act-compat", "\uFA0E"),
          titled("act-latin", "Zeta"),
        ];
        for (const activity of activities) await succeeds(store.put("activity", activity, { actor: "editor" }));
        expect(await sortedIds(store, {}, { by: "title", direction: "asc" }, 2)).toEqual([
          "act-latin",
          "act-compat",
          "act-ext-b",
        ]);
      }),
    );

    it("refuses a cursor issued for another order, naming both orders", testOptions, () =>
      withStore(async (store) => {
        for (const activity of sampleRecords("activity", 5, "act"))
          await succeeds(store.put("activity", activity, { actor: "editor" }));
        const byStart = await succeeds(store.findActivities({}, { limit: 2 }, { by: "start", direction: "desc" }));
        expect(byStart.nextCursor).toBeDefined();
        const cursor = byStart.nextCursor!;
        const error = await fails(store.findActivities({}, { limit: 2, cursor }, { by: "title", direction: "desc" }));
        expect(error).toMatchObject({ _tag: "InvalidCursor" });
        expect((error as { message: string }).message).toContain("sorted by start:desc, not sorted by title:desc");
        expect(await fails(store.findActivities({}, { limit: 2, cursor }))).toMatchObject({ _tag: "InvalidCursor" });
        const byId = await succeeds(store.findActivities({}, { limit: 2 }));
        expect(
          await fails(
            store.findActivities({}, { limit: 2, cursor: byId.nextCursor! }, { by: "id", direction: "desc" }),
          ),
        ).toMatchObject({ _tag: "InvalidCursor" });
      }),
    );

    it("find sorts activities as findActivities does, with the same cursors", testOptions, () =>
      withStore(async (store) => {
        for (const activity of sampleRecords("activity", 6, "act"))
          await succeeds(store.put("activity", activity, { actor: "editor" }));
        const sort: ActivitySort = { by: "kind", direction: "desc" };
        const first = await succeeds(store.find("activity", {}, { limit: 3 }, sort));
        const rest = await succeeds(store.findActivities({}, { limit: 10, cursor: first.nextCursor! }, sort));
        expect([...first.items, ...rest.items].map((stored) => stored.record.id)).toEqual(
          await sortedIds(store, {}, sort, 10),
        );
      }),
    );
  });
}
