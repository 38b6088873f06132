import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryObservationFor } from "../testing/arbitraries/metric";
import type { ActivityFacets, AggregateResult } from "./Aggregate";
import { aggregate, mergeAggregateResults } from "./Aggregate";
import type { Indicator } from "./Indicator";
import type { Observation } from "./Observation";
import type { Quantity } from "./Quantity";
import { sameQuantity, sumQuantities } from "./QuantitySum";

const trained: Indicator = {
  id: "practitioners-trained",
  name: { en: "Practitioners trained" },
  unit: "person",
  aggregation: "sum",
};
const countries: Indicator = {
  id: "countries-reached",
  name: { en: "Countries reached" },
  unit: "country",
  aggregation: "distinct-count",
};
const ocseaShare: Indicator = {
  id: "ocsea-share-of-cases",
  name: { en: "Share of cases involving OCSEA" },
  unit: "case",
  aggregation: "share",
};
const laws: Indicator = {
  id: "sherloc-cybercrime-laws",
  name: { en: "Cybercrime laws in SHERLOC" },
  unit: "law",
  aggregation: "latest",
};
const indicators = [trained, countries, ocseaShare, laws];

// Derived shares are fractions, summed in a different order on each side of a partition.
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" ? Math.round(value * 1e6) / 1e6 : value;
}

function rounded(result: AggregateResult): unknown {
  const parsed: unknown = JSON.parse(JSON.stringify(result, roundNumbers));
  return parsed;
}

const arbitraryDataset = fc
  .uniqueArray(fc.constantFrom(trained, countries, ocseaShare, laws), { minLength: 1, maxLength: 4 })
  .chain((chosen) =>
    fc.uniqueArray(
      fc.constantFrom(...chosen).chain((indicator) => arbitraryObservationFor(indicator, ["a1", "a2", "a3"])),
      { selector: (item) => item.id, maxLength: 12 },
    ),
  );

const activities = new Map<string, ActivityFacets>([
  ["a1", { kind: "training", topics: ["darknet", "cryptocurrency"] }],
  ["a2", { kind: "webinar-series", topics: ["cryptocurrency"] }],
  ["a3", { kind: "training", topics: [] }],
]);
const groupings = fc.constantFrom(
  undefined,
  { dimension: "country" as const },
  { dimension: "region" as const, regions: ["013", "035", "419", "002"] },
  { dimension: "topic" as const },
  { dimension: "kind" as const },
);

describe("aggregate on partitions", () => {
  it("merging the aggregates of two parts gives the aggregate of the whole", () => {
    fc.assert(
      fc.property(
        arbitraryDataset,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        groupings,
        fc.constantFrom("year" as const, "month" as const),
        (observations, flags, by, bucket) => {
          const query = { indicators, bucket, activities, sources: true as const, ...(by === undefined ? {} : { by }) };
          const left = observations.filter((_, index) => flags[index]);
          const right = observations.filter((_, index) => !flags[index]);
          const merged = mergeAggregateResults(indicators, aggregate(left, query), aggregate(right, query));
          expect(rounded(merged)).toEqual(rounded(aggregate(observations, query)));
        },
      ),
    );
  });

  it("does not depend on the order of the observations", () => {
    fc.assert(
      fc.property(arbitraryDataset, groupings, (observations, by) => {
        const query = { indicators, bucket: "year" as const, activities, ...(by === undefined ? {} : { by }) };
        expect(rounded(aggregate([...observations].reverse(), query))).toEqual(rounded(aggregate(observations, query)));
      }),
    );
  });

  it("a sum cell is the sum of its observations' figures, and no figure is lost", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryObservationFor(trained), { selector: (item) => item.id, maxLength: 10 }),
        (observations) => {
          const result = aggregate(observations, { indicators, bucket: "year", sources: true });
          const byId = new Map(observations.map((item) => [item.id, item]));
          expect(result.cells.flatMap((cell) => cell.sources.observationIds).sort()).toEqual([...byId.keys()].sort());
          for (const cell of result.cells) {
            expect(cell.observationCount).toBe(cell.sources.observationIds.length);
            const values = cell.sources.observationIds
              .map((id) => byId.get(id)?.value)
              .map((value) => ({ ...(value as Quantity), unit: "person" }));
            const total = sumQuantities(values);
            expect(total.ok && sameQuantity(total.value, cell.value as Quantity)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("mergeAggregateResults without an indicator", () => {
  it("keeps a cell it need not combine, and lists the figures of cells it cannot combine", () => {
    const figure = (id: string, value: number): Observation => ({
      id,
      indicatorId: trained.id,
      value: { value, qualifier: "exact", unit: "person" },
      scope: {
        period: { start: "2020" },
        countries: { named: [] },
        regions: { m49: [], named: [] },
        disaggregation: [],
      },
      activityIds: [],
      provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [] }],
    });
    const [first, sameYear] = [figure("first", 1), figure("second", 2)];
    const query = { indicators, bucket: "year" as const, sources: true as const };
    const left = aggregate([first], query);
    const right = aggregate([sameYear], query);
    expect(mergeAggregateResults([], left, aggregate([], query)).cells).toEqual(left.cells);
    const merged = mergeAggregateResults([], left, right);
    expect(merged.cells).toEqual([]);
    expect(merged.skipped.map((error) => [error._tag, error.observationId])).toEqual(
      [first.id, sameYear.id].sort().map((id) => ["IndicatorNotFound", id]),
    );
  });
});
