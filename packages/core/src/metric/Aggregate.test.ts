import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import type { Provenance } from "../provenance/Provenance";
import type { ActivityFacets } from "./Aggregate";
import { aggregate } from "./Aggregate";
import type { CountryCoverage } from "./CountryCoverage";
import { countedCountries, namedCountries } from "./CountryCoverage";
import type { Indicator } from "./Indicator";
import type { MetricValue, Observation } from "./Observation";
import { exact, moreThan } from "./Quantity";
import type { Period } from "../time/Period";

// The 2021 report is known only up to its number: a partial symbol.
const REPORT_2021 = "E/CN.15/2021/…";

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

interface Figure {
  readonly id: string;
  readonly indicator: Indicator;
  readonly value: MetricValue;
  readonly paragraph: number;
  readonly countries?: CountryCoverage;
  readonly m49?: string[];
  readonly period?: Period;
  readonly activityIds?: string[];
}

function observation(figure: Figure): Observation {
  return {
    id: figure.id,
    indicatorId: figure.indicator.id,
    value: figure.value,
    scope: {
      period: figure.period ?? { start: "2020" },
      countries: figure.countries ?? { named: [] },
      regions: { m49: figure.m49 ?? [], named: [] },
      disaggregation: [],
    },
    activityIds: figure.activityIds ?? [],
    provenance: [cite(REPORT_2021, figure.paragraph)],
  };
}

const person = (value: number) => exact(value, { unit: "person" });
const p17 = observation({
  id: "p17",
  indicator: trained,
  value: person(2_440),
  paragraph: 17,
  countries: countedCountries(exact(64)),
  activityIds: ["forensics-training"],
});
const p18 = observation({
  id: "p18",
  indicator: trained,
  value: moreThan(130),
  paragraph: 18,
  m49: ["142"],
  activityIds: ["crypto-training"],
});
const p27 = observation({
  id: "p27",
  indicator: trained,
  value: person(655),
  paragraph: 27,
  countries: namedCountries(["BLZ", "CRI", "SLV", "GTM", "HND"]),
  activityIds: ["e-evidence-training"],
});

describe("aggregate", () => {
  it("sums one indicator's figures of a year with their qualifiers and merged provenance", () => {
    const result = aggregate([p17, p18, p27], { indicators, bucket: "year", sources: true });
    expect(result.cells).toHaveLength(1);
    const [cell] = result.cells;
    expect(cell).toMatchObject({ indicatorId: "practitioners-trained", bucket: "2020", group: null });
    expect(cell?.value).toEqual({ value: 3_225, qualifier: "atLeast", strict: true, unit: "person" });
    expect(cell?.sources.observationIds).toEqual(["p17", "p18", "p27"]);
    expect(cell?.sources.provenance).toEqual<Provenance[]>([
      { source: "document", symbol: REPORT_2021, paragraphs: [17, 18, 27] },
      {
        source: "computed",
        activityIds: ["crypto-training", "e-evidence-training", "forensics-training"],
        observationIds: ["p17", "p18", "p27"],
      },
    ]);
    expect(cell?.countries).toEqual({
      named: ["BLZ", "CRI", "GTM", "HND", "SLV"],
      count: { value: 64, qualifier: "atLeast", unit: "country" },
    });
    expect(result.skipped).toEqual([]);
  });

  it("counts countries across activities distinctly, never summing them", () => {
    const reached = [
      observation({
        id: "c17",
        indicator: countries,
        value: exact(64),
        paragraph: 17,
        countries: countedCountries(exact(64)),
      }),
      observation({
        id: "c25",
        indicator: countries,
        value: exact(3),
        paragraph: 25,
        countries: namedCountries(["SLV", "GTM", "HND"]),
      }),
      observation({
        id: "c27",
        indicator: countries,
        value: exact(5),
        paragraph: 27,
        countries: namedCountries(["BLZ", "CRI", "SLV", "GTM", "HND"]),
      }),
    ];
    const [both] = aggregate(reached.slice(1), { indicators, bucket: "year" }).cells;
    expect(both?.value).toEqual({ value: 5, qualifier: "exact", unit: "country" });
    const [all] = aggregate(reached, { indicators, bucket: "year" }).cells;
    expect(all?.value).toEqual({ value: 64, qualifier: "atLeast", unit: "country" });
  });

  it("takes a distinct-count figure without a country list as a count of countries", () => {
    const unnamed = observation({ id: "c22", indicator: countries, value: exact(15), paragraph: 22 });
    const [cell] = aggregate([unnamed], { indicators, bucket: "year" }).cells;
    expect(cell?.value).toEqual({ value: 15, qualifier: "exact", unit: "country" });
  });

  it("pools shares of different wholes in one cell, keeping parts and whole", () => {
    const shareOf = (id: string, percent: number, whole: number, country: string) =>
      observation({
        id,
        indicator: ocseaShare,
        value: { basis: "percent", percent: exact(percent), denominator: exact(whole) },
        paragraph: 21,
        countries: namedCountries([country]),
      });
    const [cell] = aggregate([shareOf("a", 40, 263, "SLV"), shareOf("b", 85, 39, "BLZ")], {
      indicators,
      bucket: "year",
    }).cells;
    expect(cell?.value).toMatchObject({
      basis: "counted",
      denominator: { value: 302, qualifier: "exact", unit: "case" },
    });
    if (cell?.value !== undefined && "basis" in cell.value && cell.value.basis === "counted") {
      expect(cell.value.numerator.value).toBeCloseTo(138.35);
      expect(cell.value.numerator.qualifier).toBe("approximately");
    }
  });

  it("keeps the figure of the latest period for a 'latest' indicator", () => {
    const december = observation({
      id: "laws-2020-12",
      indicator: laws,
      value: moreThan(1_500),
      paragraph: 29,
      period: { start: "2020-12" },
    });
    const earlier = observation({
      id: "laws-2020-06",
      indicator: laws,
      value: exact(1_000),
      paragraph: 29,
      period: { start: "2020-06" },
    });
    expect(aggregate([december, earlier], { indicators, bucket: "year" }).cells).toEqual(
      aggregate([earlier, december], { indicators, bucket: "year" }).cells,
    );
    const [cell] = aggregate([earlier, december], { indicators, bucket: "year", sources: true }).cells;
    expect(cell?.value).toEqual({ value: 1_500, qualifier: "atLeast", strict: true, unit: "law" });
    expect(cell?.sources.observationIds).toEqual(["laws-2020-12"]);
    expect(cell?.period).toEqual({ start: "2020-12" });
  });

  it("counts a cell's observations and activities, and lists them only when asked", () => {
    const [counted] = aggregate([p17, p18, p27], { indicators, bucket: "year" }).cells;
    expect(counted).toMatchObject({ observationCount: 3, activityCount: 3 });
    expect(counted?.sources).toBeUndefined();
    const [sourced] = aggregate([p17, p18, p27], { indicators, bucket: "year", sources: true }).cells;
    expect(sourced?.sources.activityIds).toHaveLength(3);
    expect({ ...sourced, sources: undefined }).toEqual({ ...counted, sources: undefined });
  });

  it("groups by M49 region through named countries and listed regions, saying when groups overlap", () => {
    const thai = observation({
      id: "tha",
      indicator: trained,
      value: person(10),
      paragraph: 18,
      countries: namedCountries(["THA"]),
    });
    const westAfrica = observation({ id: "wa", indicator: trained, value: person(7), paragraph: 22, m49: ["011"] });
    const result = aggregate([p27, thai, westAfrica, p17], {
      indicators,
      bucket: "year",
      by: { dimension: "region", regions: ["013", "035", "011", "419"] },
      sources: true,
    });
    const byGroup = Object.fromEntries(result.cells.map((cell) => [String(cell.group), cell.sources.observationIds]));
    expect(byGroup).toEqual({ "011": ["wa"], "013": ["p27"], "035": ["tha"], "419": ["p27"], null: ["p17"] });
    expect(result.groupsOverlap).toBe(true);
    expect(result.cells.at(-1)?.group).toBeNull();
  });

  it("groups by country, putting figures of counted-only countries under null", () => {
    const result = aggregate([p17, p27], { indicators, bucket: "year", by: { dimension: "country" } });
    expect(result.cells.map((cell) => cell.group)).toEqual(["BLZ", "CRI", "GTM", "HND", "SLV", null]);
    expect(result.cells[0]?.value).toEqual(person(655));
  });

  it("groups by the topics and kind of the observations' activities", () => {
    const activities = new Map<string, ActivityFacets>([
      ["forensics-training", { kind: "training", topics: ["digital-forensics", "cryptocurrency"] }],
      ["crypto-training", { kind: "train-the-trainer", topics: ["cryptocurrency"] }],
    ]);
    const byTopic = aggregate([p17, p18, p27], { indicators, bucket: "year", by: { dimension: "topic" }, activities });
    const topics = Object.fromEntries(byTopic.cells.map((cell) => [String(cell.group), cell.value]));
    expect(topics).toEqual({
      cryptocurrency: { value: 2_570, qualifier: "atLeast", strict: true, unit: "person" },
      "digital-forensics": person(2_440),
      null: person(655),
    });
    const byKind = aggregate([p17, p18], { indicators, bucket: "year", by: { dimension: "kind" }, activities });
    expect(byKind.cells.map((cell) => cell.group)).toEqual(["train-the-trainer", "training"]);
    expect(byKind.groupsOverlap).toBe(false);
  });

  it("buckets by month and by span without splitting figures", () => {
    const july = observation({
      id: "jul",
      indicator: trained,
      value: person(1),
      paragraph: 37,
      period: { start: "2020-07-27", end: "2020-07-29" },
    });
    const span = observation({
      id: "span",
      indicator: trained,
      value: person(2),
      paragraph: 21,
      period: { start: "2018", end: "2020" },
    });
    expect(aggregate([july, span], { indicators, bucket: "month" }).cells.map((cell) => cell.bucket)).toEqual([
      "2018-01/2020-12",
      "2020-07",
    ]);
    expect(aggregate([july, span], { indicators, bucket: "year" }).cells.map((cell) => cell.bucket)).toEqual([
      "2018/2020",
      "2020",
    ]);
  });

  it("leaves out, with the reason, figures of unknown indicators, of the wrong kind or of another unit", () => {
    const unknown = { ...p17, id: "u", indicatorId: "no-such-indicator" };
    const shareUnderSum = {
      ...p17,
      id: "s",
      value: { basis: "counted" as const, numerator: person(1), denominator: person(2) },
    };
    const cases = { ...p17, id: "c", value: exact(263, { unit: "case" }) };
    const result = aggregate([unknown, shareUnderSum, cases, p27], { indicators, bucket: "year" });
    expect(result.skipped.map((error) => [error._tag, error.observationId])).toEqual([
      ["IndicatorUnitMismatch", "c"],
      ["ValueKindMismatch", "s"],
      ["IndicatorNotFound", "u"],
    ]);
    expect(result.skipped.every((error) => error.message.includes(error.observationId))).toBe(true);
    expect(result.cells.map((cell) => cell.observationCount)).toEqual([1]);
  });
});
