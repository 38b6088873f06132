import { describe, expect, it } from "vitest";
import { aggregate, mergeAggregateResults } from "./Aggregate";
import type { Indicator } from "./Indicator";
import type { MetricValue, Observation } from "./Observation";
import { exact, moreThan } from "./Quantity";

// ¶21 of the 2021 report: El Salvador 2018–2020, 40% of 263 cases; "by 2020, more than 50%
// of the cases" (no number of cases); Belize 2019, 85% of 39 cases.
const ocseaShare: Indicator = {
  id: "share-of-cases-involving-ocsea",
  name: { en: "Share of cases involving OCSEA" },
  unit: "case",
  aggregation: "share",
};
const indicators = [ocseaShare];

function caseShare(
  id: string,
  value: MetricValue,
  country: string,
  period: Observation["scope"]["period"],
): Observation {
  return {
    id,
    indicatorId: ocseaShare.id,
    value,
    scope: { period, countries: { named: [country] }, regions: { m49: [], named: [] }, disaggregation: [] },
    activityIds: [],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [21] }],
  };
}

const slv2018to2020 = caseShare(
  "slv-2018-2020",
  { basis: "percent", percent: exact(40), denominator: exact(263, { unit: "case" }) },
  "SLV",
  { start: "2018", end: "2020" },
);
const slvBy2020 = caseShare("slv-by-2020", { basis: "percent", percent: moreThan(50) }, "SLV", { start: "2020" });
const blz2019 = caseShare(
  "blz-2019",
  { basis: "percent", percent: exact(85), denominator: exact(39, { unit: "case" }) },
  "BLZ",
  { start: "2019" },
);
const slv2020 = caseShare(
  "slv-2020",
  { basis: "percent", percent: exact(60), denominator: exact(100, { unit: "case" }) },
  "SLV",
  { start: "2020" },
);

describe("aggregating a share whose whole is unknown", () => {
  it("alone in its cell it stands as stated: El Salvador, by 2020, more than 50%", () => {
    const result = aggregate([slv2018to2020, slvBy2020, blz2019], {
      indicators,
      bucket: "year",
      by: { dimension: "country" },
    });
    expect(result.skipped).toEqual([]);
    expect(result.cells.map((cell) => [cell.group, cell.bucket, cell.value])).toEqual([
      ["SLV", "2018/2020", slv2018to2020.value],
      ["BLZ", "2019", blz2019.value],
      ["SLV", "2020", { basis: "percent", percent: moreThan(50) }],
    ]);
  });

  it("with other shares of its cell it is left out, not pooled, and the reason names the cell", () => {
    const result = aggregate([slvBy2020, slv2020, blz2019], { indicators, bucket: "year", sources: true });
    const cell2020 = result.cells.find((cell) => cell.bucket === "2020");
    expect(cell2020?.sources.observationIds).toEqual(["slv-2020"]);
    expect(cell2020?.value).toEqual(slv2020.value);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        _tag: "ShareWholeUnknown",
        observationId: "slv-by-2020",
        indicatorId: ocseaShare.id,
        bucket: "2020",
        group: null,
      }),
    ]);
    expect(result.skipped[0]?.message).toContain("whole unknown");
  });

  it("two shares of unknown wholes in one cell are both left out", () => {
    const other = caseShare("hnd-2020", { basis: "percent", percent: moreThan(70) }, "HND", { start: "2020" });
    const result = aggregate([slvBy2020, other], { indicators, bucket: "year" });
    expect(result.cells).toEqual([]);
    expect(result.skipped.map((error) => [error._tag, error.observationId])).toEqual([
      ["ShareWholeUnknown", "hnd-2020"],
      ["ShareWholeUnknown", "slv-by-2020"],
    ]);
  });

  it("merging roll-ups leaves it out exactly where one aggregation does", () => {
    const query = { indicators, bucket: "year" as const, sources: true as const };
    for (const [left, right] of [
      [[slvBy2020], [slv2020, blz2019]],
      [[slvBy2020, blz2019], [slv2020]],
      [[slv2020], [slvBy2020]],
    ]) {
      const merged = mergeAggregateResults(indicators, aggregate(left!, query), aggregate(right!, query));
      expect(merged).toEqual(aggregate([...left!, ...right!], query));
    }
  });

  it("under a 'latest' indicator it can stand as the latest figure", () => {
    const latest: Indicator = { ...ocseaShare, id: "latest-share", aggregation: "latest" };
    const result = aggregate(
      [slv2020, slvBy2020].map((observation) => ({ ...observation, indicatorId: latest.id })),
      { indicators: [latest], bucket: "year", sources: true },
    );
    expect(result.skipped).toEqual([]);
    expect(result.cells.map((cell) => cell.sources.observationIds)).toEqual([["slv-by-2020"]]);
  });
});
