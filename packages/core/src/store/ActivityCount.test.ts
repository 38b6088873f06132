import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, ACTIVITY_TOPICS, matchesActivityFilter, type Activity } from "../activity";
import { arbitraryActivity } from "../testing/arbitraries/activity";
import { METRIC_COUNTRIES, METRIC_REGIONS } from "../testing/arbitraries/metric";
import { activityFacetKeys, countActivitiesByFacet } from "./ActivityCount";

describe("counting activities by a facet", () => {
  it("counts an activity under exactly the values a filter by that value finds it by", () => {
    fc.assert(
      fc.property(arbitraryActivity, (activity) => {
        const finds = (
          values: readonly string[],
          filterOf: (value: string) => Parameters<typeof matchesActivityFilter>[1],
        ) => values.filter((value) => matchesActivityFilter(activity, filterOf(value)));
        const among = (keys: readonly string[], values: readonly string[]) =>
          keys.filter((key) => values.includes(key)).sort();
        expect(among(activityFacetKeys(activity, "region"), METRIC_REGIONS)).toEqual(
          finds(METRIC_REGIONS, (region) => ({ region })).sort(),
        );
        expect(among(activityFacetKeys(activity, "country"), METRIC_COUNTRIES)).toEqual(
          finds(METRIC_COUNTRIES, (country) => ({ country })).sort(),
        );
        expect(activityFacetKeys(activity, "topic").sort()).toEqual(
          finds(ACTIVITY_TOPICS, (topic) => ({ topic: topic as Activity["topics"][number] })).sort(),
        );
        expect(activityFacetKeys(activity, "kind")).toEqual(
          finds(ACTIVITY_KINDS, (kind) => ({ kind: kind as Activity["kind"] })),
        );
      }),
    );
  });

  it("counts every activity in scope once, with a value or without, most counted values first", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryActivity, { maxLength: 12 }),
        fc.constantFrom("topic", "country", "region"),
        (activities, facet) => {
          const counted = countActivitiesByFacet(activities, { facet });
          const withValue = activities.filter((activity) => activityFacetKeys(activity, facet).length > 0).length;
          expect(counted.activities).toBe(activities.length);
          expect(counted.without).toBe(activities.length - withValue);
          const sizes = counted.counts.map((count) => count.activities);
          expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
          expect(new Set(counted.counts.map((count) => count.key)).size).toBe(counted.counts.length);
        },
      ),
    );
  });

  it("tells activities that give only a number of countries apart, placing none of them", () => {
    const base: Omit<Activity, "id" | "countries"> = {
      title: { en: "Online diploma course" },
      kind: "online-course",
      topics: [],
      regions: { m49: [], named: [] },
      period: { start: "2020" },
      languages: [],
      partners: [],
      audiences: [],
      mandateIds: ["a-res-74-173"],
      provenance: [{ source: "computed", activityIds: [], observationIds: [] }],
    };
    const diploma: Activity = {
      ...base,
      id: "diploma",
      countries: { named: [], count: { value: 64, qualifier: "exact", unit: "country" } },
    };
    const mentors: Activity = { ...base, id: "mentors", countries: { named: ["SLV", "GTM"] } };
    const other: Activity = { ...base, id: "other", mandateIds: [], countries: { named: ["AUT"] } };
    expect(
      countActivitiesByFacet([diploma, mentors, other], { facet: "country", scope: { mandateId: "a-res-74-173" } }),
    ).toEqual({
      facet: "country",
      activities: 2,
      counts: [
        { key: "GTM", activities: 1 },
        { key: "SLV", activities: 1 },
      ],
      without: 1,
      countriesCounted: 1,
    });
  });
});
