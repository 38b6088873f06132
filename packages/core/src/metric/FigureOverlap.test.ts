import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryObservationFor } from "../testing/arbitraries/metric";
import type { ActivityFacets } from "./Aggregate";
import { aggregate, mergeAggregateResults } from "./Aggregate";
import type { Indicator } from "./Indicator";
import type { Observation } from "./Observation";
import { exact, moreThan } from "./Quantity";

const trained: Indicator = { id: "people-trained", name: { en: "People trained" }, unit: "person", aggregation: "sum" };
const views: Indicator = { id: "campaign-views", name: { en: "Campaign views" }, unit: "view", aggregation: "sum" };
const laws: Indicator = { id: "sherloc-laws", name: { en: "Laws in SHERLOC" }, unit: "law", aggregation: "latest" };
const indicators = [trained, views, laws];

// The 2021 report: ¶17's 2,440 practitioners may include ¶18's officials (not stated either
// way); ¶33's Guatemalan television campaign is part of the prevention campaigns.
const activities = new Map<string, ActivityFacets>([
  ["act-17", { kind: "training", topics: ["digital-forensics"], mayOverlapWith: ["act-18", "act-23"] }],
  ["act-18", { kind: "training", topics: ["cryptocurrency"] }],
  ["act-23", { kind: "online-course", topics: [] }],
  ["act-27", { kind: "training", topics: ["electronic-evidence"] }],
  ["act-33", { kind: "awareness-campaign", topics: [] }],
  ["act-33-gtm", { kind: "awareness-campaign", topics: [], partOf: "act-33" }],
  ["act-33-gtm-spot", { kind: "awareness-campaign", topics: [], partOf: "act-33-gtm" }],
]);

function figure(id: string, indicator: Indicator, value: Observation["value"], activityId: string): Observation {
  return {
    id,
    indicatorId: indicator.id,
    value,
    scope: { period: { start: "2020" }, countries: { named: [] }, regions: { m49: [], named: [] }, disaggregation: [] },
    activityIds: [activityId],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [17] }],
  };
}

const p17 = figure("p17", trained, exact(2440, { unit: "person" }), "act-17");
const p18 = figure("p18", trained, moreThan(130, { unit: "person" }), "act-18");
const p27 = figure("p27", trained, exact(655, { unit: "person" }), "act-27");

describe("figures that may count the same people", () => {
  it("¶17 with ¶18 is still added as stated, and the cell is reported as possibly counting some twice", () => {
    const result = aggregate([p17, p18, p27], { indicators, bucket: "year", activities });
    expect(result.cells.map((cell) => cell.value)).toEqual([
      { value: 3225, qualifier: "atLeast", strict: true, unit: "person" },
    ]);
    expect(result.overlaps).toEqual([
      {
        _tag: "FigureOverlap",
        indicatorId: "people-trained",
        bucket: "2020",
        group: null,
        relation: "may-overlap",
        activityIds: ["act-17", "act-18"],
        message:
          'cell people-trained 2020: the source does not say whether the figures of "act-17" and "act-18" count the same people or things; the cell adds both, so it may count some twice',
      },
    ]);
  });

  it("figures of unrelated activities raise no warning, and the result then has no overlaps at all", () => {
    const result = aggregate([p18, p27], { indicators, bucket: "year", activities });
    expect(result).not.toHaveProperty("overlaps");
  });

  it("a part and its whole in one cell are reported, through a chain of parts", () => {
    const whole = figure("v33", views, exact(1_000_000, { unit: "view" }), "act-33");
    const part = figure("v33-spot", views, exact(400_000, { unit: "view" }), "act-33-gtm-spot");
    const result = aggregate([whole, part], { indicators, bucket: "year", activities });
    expect(result.cells[0]?.value).toEqual({ value: 1_400_000, qualifier: "exact", unit: "view" });
    expect(result.overlaps?.map((overlap) => [overlap.relation, overlap.activityIds])).toEqual([
      ["part-of", ["act-33-gtm-spot", "act-33"]],
    ]);
    expect(result.overlaps?.[0]?.message).toContain('activity "act-33-gtm-spot" is part of "act-33"');
  });

  it("one figure alone, or a 'latest' figure, counts nothing twice; without activities nothing can be seen", () => {
    expect(aggregate([p17], { indicators, bucket: "year", activities }).overlaps).toBeUndefined();
    const lawsByTwo = [
      figure("l17", laws, exact(1500, { unit: "law" }), "act-17"),
      figure("l18", laws, exact(1400, { unit: "law" }), "act-18"),
    ];
    expect(aggregate(lawsByTwo, { indicators, bucket: "year", activities }).overlaps).toBeUndefined();
    expect(aggregate([p17, p18], { indicators, bucket: "year" }).overlaps).toBeUndefined();
  });

  it("grouped cells are warned about one by one", () => {
    const inRegions = [
      { ...p17, scope: { ...p17.scope, regions: { m49: ["142", "419"], named: [] } } },
      { ...p18, scope: { ...p18.scope, regions: { m49: ["142"], named: [] } } },
    ];
    const result = aggregate(inRegions, {
      indicators,
      bucket: "year",
      by: { dimension: "region", regions: ["142", "419"] },
      activities,
    });
    expect(result.overlaps?.map((overlap) => overlap.group)).toEqual(["142"]);
  });
});

describe("overlaps of merged roll-ups", () => {
  const arbitraryFigures = fc.uniqueArray(
    fc
      .constantFrom(trained, views, laws)
      .chain((indicator) => arbitraryObservationFor(indicator, [...activities.keys()])),
    { selector: (item) => item.id, maxLength: 12 },
  );

  it("with the activities, merging two parts warns exactly as aggregating the whole", () => {
    fc.assert(
      fc.property(arbitraryFigures, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (observations, flags) => {
        const query = { indicators, bucket: "year" as const, activities, sources: true as const };
        const left = aggregate(
          observations.filter((_, index) => flags[index]),
          query,
        );
        const right = aggregate(
          observations.filter((_, index) => !flags[index]),
          query,
        );
        expect(mergeAggregateResults(indicators, left, right, activities).overlaps).toEqual(
          aggregate(observations, query).overlaps,
        );
      }),
    );
  });

  it("without them, the merged result keeps the warnings each part found", () => {
    const query = { indicators, bucket: "year" as const, activities, sources: true as const };
    const both = aggregate([p17, p18], query);
    const merged = mergeAggregateResults(indicators, both, aggregate([p27], query));
    expect(merged.overlaps).toEqual(both.overlaps);
    expect(
      mergeAggregateResults(indicators, aggregate([p17], query), aggregate([p18], query)).overlaps,
    ).toBeUndefined();
  });
});
