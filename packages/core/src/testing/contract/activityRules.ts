import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesActivityFilter, type Activity, type ActivityFilter } from "../../activity";
import type { StoreShape } from "../../store/Store";
import { arbitraryActivityFilter } from "./arbitraryActivityFilter";
import { ARBITRARY_RECORDS, sampleRecord, sampleRecords } from "./sampleRecords";
import { allPages, fails, succeeds, type StoreHarness } from "./StoreHarness";

const PAGE = 3;

async function found(store: StoreShape, filter: ActivityFilter, limit = PAGE): Promise<string[]> {
  const pages = await allPages(
    (cursor) => store.findActivities(filter, { limit, ...(cursor === undefined ? {} : { cursor }) }),
    limit,
  );
  return pages.map((stored) => stored.record.id);
}

function activityIn(id: string, countries: readonly string[]): Activity {
  return { ...sampleRecord("activity", id), countries: { named: [...countries] } };
}

/** findActivities answers exactly what `matchesActivityFilter` answers, by id, page by page. */
export function activityRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("finding activities", () => {
    it("finds exactly the activities matchesActivityFilter accepts, in id order, for any filter", testOptions, () =>
      withStore(async (store) => {
        const model = new Map<string, Activity>();
        await fc.assert(
          fc.asyncProperty(
            fc.array(ARBITRARY_RECORDS.activity, { maxLength: 6 }),
            fc.array(arbitraryActivityFilter, { minLength: 1, maxLength: 4 }),
            async (activities, filters) => {
              for (const activity of activities) {
                await succeeds(store.put("activity", activity, { actor: "property" }));
                model.set(activity.id, activity);
              }
              const ids = [...model.keys()].sort();
              for (const filter of filters) {
                const expected = ids.filter((id) => matchesActivityFilter(model.get(id)!, filter));
                expect(await found(store, filter)).toEqual(expected);
              }
            },
          ),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );

    it("an empty filter finds every activity, and nothing else", testOptions, () =>
      withStore(async (store) => {
        const activities = sampleRecords("activity", 8, "act");
        for (const activity of activities) await succeeds(store.put("activity", activity, { actor: "editor" }));
        await succeeds(store.put("body", sampleRecord("body", "act-body"), { actor: "editor" }));
        expect(await found(store, {})).toEqual(activities.map((activity) => activity.id));
      }),
    );

    it("a country filter finds the activities naming that country, and only those", testOptions, () =>
      withStore(async (store) => {
        const activities = [
          activityIn("act-slv-training", ["SLV", "GTM"]),
          activityIn("act-tha-webinar", ["THA"]),
          activityIn("act-slv-mentoring", ["SLV"]),
          activityIn("act-global-tool", []),
        ];
        for (const activity of activities) await succeeds(store.put("activity", activity, { actor: "editor" }));
        expect(await found(store, { country: "SLV" })).toEqual(["act-slv-mentoring", "act-slv-training"]);
        expect(await found(store, { country: "BRA" })).toEqual([]);
      }),
    );

    it("a partner name two partners share finds the activities of either", testOptions, () =>
      withStore(async (store) => {
        const withPartner = (id: string, acronym: string | undefined, audiences: Activity["audiences"]): Activity => ({
          ...sampleRecord("activity", id),
          partners: [{ name: { en: "Regional Training Centre" }, ...(acronym === undefined ? {} : { acronym }) }],
          audiences,
        });
        const activities = [
          withPartner("act-east", "RTC-E", ["prosecutors"]),
          withPartner("act-west", "RTC-W", ["judges"]),
          withPartner("act-unnamed", undefined, ["prosecutors"]),
          activityIn("act-other", ["SLV"]),
        ];
        for (const activity of activities) await succeeds(store.put("activity", activity, { actor: "editor" }));
        expect(await found(store, { partner: "regional training centre" })).toEqual([
          "act-east",
          "act-unnamed",
          "act-west",
        ]);
        expect(await found(store, { partner: "Regional Training Centre", audience: "prosecutors" })).toEqual([
          "act-east",
          "act-unnamed",
        ]);
        expect(await found(store, { partner: "rtc-w" })).toEqual(["act-west"]);
        expect(await found(store, { partner: "nobody", audience: "prosecutors" })).toEqual([]);
      }),
    );

    it("a removed activity is no longer found", testOptions, () =>
      withStore(async (store) => {
        for (const activity of [activityIn("act-a", ["SLV"]), activityIn("act-b", ["SLV"])]) {
          await succeeds(store.put("activity", activity, { actor: "editor" }));
        }
        await succeeds(store.remove("activity", "act-a", { actor: "editor" }));
        expect(await found(store, { country: "SLV" })).toEqual(["act-b"]);
      }),
    );

    it("a cursor issued for one filter is refused for another", testOptions, () =>
      withStore(async (store) => {
        for (const activity of sampleRecords("activity", 5, "act"))
          await succeeds(store.put("activity", activity, { actor: "editor" }));
        const page = await succeeds(store.findActivities({}, { limit: 2 }));
        expect(page.nextCursor).toBeDefined();
        const error = await fails(store.findActivities({ country: "SLV" }, { limit: 2, cursor: page.nextCursor! }));
        expect(error).toMatchObject({ _tag: "InvalidCursor" });
        expect((await succeeds(store.findActivities({}, { limit: 2, cursor: page.nextCursor! }))).items).toHaveLength(
          2,
        );
      }),
    );
  });
}
