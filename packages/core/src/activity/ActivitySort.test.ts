import { describe, expect, it } from "vitest";
import { sampleRecord } from "../testing/contract/sampleRecords";
import type { Activity } from "./Activity";
import {
  ActivitySortText,
  activitySortKey,
  activitySortText,
  compareActivities,
  readActivitySort,
} from "./ActivitySort";

function activity(id: string, changes: Partial<Activity>): Activity {
  return { ...sampleRecord("activity", id), ...changes };
}

describe("activity sort", () => {
  it("reads every sort text as the order it names, ascending unless :desc", () => {
    for (const text of ActivitySortText.options) {
      const sort = readActivitySort(text);
      expect(activitySortText(sort)).toBe(text.includes(":") ? text : `${text}:asc`);
    }
    expect(readActivitySort("start:desc")).toEqual({ by: "start", direction: "desc" });
  });

  it("sorts by the first possible day of the period, later periods first when descending", () => {
    const spring = activity("act-spring", { period: { start: "2020-04" } });
    const year = activity("act-year", { period: { start: "2020" } });
    const earlier = activity("act-earlier", { period: { start: "2019-12-31" } });
    const ids = [spring, year, earlier].sort(compareActivities({ by: "start", direction: "desc" })).map((a) => a.id);
    expect(ids).toEqual(["act-spring", "act-year", "act-earlier"]);
  });

  it("sorts titles as shown by default, ignoring case and accents", () => {
    const evaluation = activity("act-b", { title: { fr: "Évaluation", en: "evaluation of the programme" } });
    const formation = activity("act-a", { title: { fr: "formation" } });
    expect(activitySortKey(evaluation, "title")).toBe("evaluation of the programme");
    expect(activitySortKey(formation, "title")).toBe("formation");
  });

  it("puts activities naming no country after those that do, and orders ties by id", () => {
    const counted = activity("act-counted", { countries: { named: [], count: { value: 64, qualifier: "exact" } } });
    const salvador = activity("act-slv", { countries: { named: ["SLV", "GTM"] } });
    const guatemala = activity("act-gtm", { countries: { named: ["GTM"] } });
    const again = activity("act-gtm-again", { countries: { named: ["GTM"] } });
    const order = (direction: "asc" | "desc") =>
      [counted, salvador, again, guatemala].sort(compareActivities({ by: "country", direction })).map((a) => a.id);
    expect(order("asc")).toEqual(["act-gtm", "act-gtm-again", "act-slv", "act-counted"]);
    expect(order("desc")).toEqual(["act-counted", "act-slv", "act-gtm-again", "act-gtm"]);
  });
});
