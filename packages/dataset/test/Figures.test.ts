import {
  aggregate,
  distinctCount,
  formatQuantity,
  hasKnownWhole,
  isShare,
  poolShares,
  sharePercent,
  shareNumerator,
} from "@remit/core";
import type { MetricValue, Quantity, Share, SourcedCell } from "@remit/core";
import { describe, expect, it } from "vitest";
import { GUIDE_2011, REPORT_2021 } from "../src";
import { activitiesMatching, compact, figure, observationsOf, seedDataset } from "./SeedQueries";

const dataset = seedDataset();
const YEAR_2020 = { start: "2020" } as const;
const OCSEA = "online-child-sexual-exploitation-and-abuse";

function quantity(value: MetricValue): Quantity {
  if (isShare(value)) throw new Error("expected a quantity, got a share");
  return value;
}

/** The seed's own words for the cell's figure, from the observations it was computed from. */
function quotesOf(cell: SourcedCell): string[] {
  return dataset.observations
    .filter((observation) => cell.sources.observationIds.includes(observation.id))
    .flatMap((observation) =>
      observation.provenance.flatMap((p) => (p.source === "document" && p.quote !== undefined ? [p.quote] : [])),
    );
}

/** The figure written in Chinese the way the seed writes it: "130多", "超过280万", "2,440". */
function expectWordedAsTheSeed(cell: SourcedCell): void {
  const written = formatQuantity(quantity(cell.value), "zh");
  expect(
    quotesOf(cell).some((quote) => compact(quote).includes(written)),
    `"${written}" in ${JSON.stringify(quotesOf(cell))}`,
  ).toBe(true);
}

/** The paragraphs of the 2021 report the cell cites. */
function reportParagraphs(cell: SourcedCell): number[] {
  return cell.sources.provenance.flatMap((p) =>
    p.source === "document" && p.symbol === REPORT_2021.citation ? p.paragraphs : [],
  );
}

describe("the headline figures of the 2021 report, found by querying the records", () => {
  it("¶17: 2,440 criminal justice practitioners from 64 countries trained in cybercrime investigation and digital forensics", () => {
    const { cell, activities } = figure(
      dataset,
      { kind: "training", topic: "digital-forensics", period: YEAR_2020 },
      "people-trained",
    );
    expect(activities.map((activity) => activity.id)).toEqual([
      "act-2020-cybercrime-investigation-and-forensics-training",
    ]);
    expect(cell.value).toEqual({ value: 2440, qualifier: "exact", unit: "person" });
    // The 64 countries are a count without names: a distinct count of the cell's coverage.
    expect(cell.countries.named).toEqual([]);
    expect(distinctCount([cell.countries])).toEqual({ value: 64, qualifier: "exact", unit: "country" });
    expect(formatQuantity(quantity(cell.value), "en")).toBe("2,440");
    expectWordedAsTheSeed(cell);
    expect(reportParagraphs(cell)).toEqual([17]);
  });

  it("¶17: the 64 unnamed countries never match a query for a named country", () => {
    const ids = activitiesMatching(dataset, { topic: "digital-forensics", country: "SLV" }).map(
      (activity) => activity.id,
    );
    expect(ids).not.toContain("act-2020-cybercrime-investigation-and-forensics-training");
  });

  it("¶18: more than 130 law enforcement, central bank and FIU officials in Asia trained in cryptocurrency and darknet investigations", () => {
    const { cell } = figure(
      dataset,
      { kind: "training", topic: "cryptocurrency", region: "142", period: YEAR_2020 },
      "people-trained",
    );
    expect(cell.value).toEqual({ value: 130, qualifier: "atLeast", strict: true, unit: "person" });
    expect(formatQuantity(quantity(cell.value), "en")).toBe("more than 130");
    expectWordedAsTheSeed(cell);
  });

  it("¶22: 7,832 people from 15 countries took part in the OCSEA webinars for West Africa, Latin America and the Caribbean", () => {
    const { cell } = figure(dataset, { kind: "webinar-series", topic: OCSEA, region: "011" }, "event-participants");
    expect(cell.value).toEqual({ value: 7832, qualifier: "exact", unit: "person" });
    expect(distinctCount([cell.countries])).toEqual({ value: 15, qualifier: "exact", unit: "country" });
    expectWordedAsTheSeed(cell);
  });

  it("¶23: 1,000 criminal justice practitioners from 44 countries took the online diploma course designed with ICMEC", () => {
    const { cell, activities } = figure(dataset, { kind: "online-course", partner: "ICMEC" }, "people-trained");
    expect(activities).toHaveLength(1);
    expect(cell.value).toEqual({ value: 1000, qualifier: "exact", unit: "person" });
    expect(distinctCount([cell.countries])).toEqual({ value: 44, qualifier: "exact", unit: "country" });
    expectWordedAsTheSeed(cell);
  });

  it("¶25: more than 5,600 teachers trained in El Salvador, Guatemala and Honduras, and 13 female victims aged 9–12 identified", () => {
    const filter = { kind: "training", audience: "teachers", country: "HND" } as const;
    const teachers = figure(dataset, filter, "people-trained").cell;
    expect(teachers.value).toEqual({ value: 5600, qualifier: "atLeast", strict: true, unit: "person" });
    expect(formatQuantity(quantity(teachers.value), "en")).toBe("more than 5,600");
    expectWordedAsTheSeed(teachers);
    expect(distinctCount([teachers.countries])).toEqual({ value: 3, qualifier: "exact", unit: "country" });

    const victims = figure(dataset, filter, "victims-identified");
    expect(victims.cell.value).toEqual({ value: 13, qualifier: "exact", unit: "person" });
    expectWordedAsTheSeed(victims.cell);
    const [observation] = observationsOf(dataset, victims.activities, "victims-identified");
    expect(observation?.scope.disaggregation).toEqual(
      expect.arrayContaining([
        { dimension: "sex", value: "female" },
        { dimension: "age-band", value: "9-12" },
      ]),
    );
  });

  it("¶27: 655 justice practitioners from Belize, Costa Rica, El Salvador, Guatemala and Honduras trained with technology companies", () => {
    const { cell } = figure(
      dataset,
      { kind: "training", topic: "electronic-evidence", country: "BLZ" },
      "people-trained",
    );
    expect(cell.value).toEqual({ value: 655, qualifier: "exact", unit: "person" });
    expect(cell.countries).toEqual({ named: ["BLZ", "CRI", "GTM", "HND", "SLV"] });
    expect(distinctCount([cell.countries])).toEqual({ value: 5, qualifier: "exact", unit: "country" });
    expectWordedAsTheSeed(cell);
  });

  it("¶29: SHERLOC held more than 1,500 cybercrime laws and 42 cases as of December 2020", () => {
    const filter = { kind: "knowledge-portal-content", period: { start: "2020-12" } } as const;
    const laws = figure(dataset, filter, "sherloc-cybercrime-laws").cell;
    expect(laws.value).toEqual({ value: 1500, qualifier: "atLeast", strict: true, unit: "law" });
    expect(laws.period).toEqual({ start: "2020-12" });
    expectWordedAsTheSeed(laws);
    const cases = figure(dataset, filter, "sherloc-cybercrime-cases").cell;
    expect(cases.value).toEqual({ value: 42, qualifier: "exact", unit: "case" });
    expectWordedAsTheSeed(cases);
  });

  it("¶30: more than 2.8 million impressions on Twitter and LinkedIn", () => {
    const { cell } = figure(
      dataset,
      { kind: "awareness-campaign", audience: "general-public", period: YEAR_2020 },
      "social-media-impressions",
    );
    expect(cell.value).toEqual({
      value: 2_800_000,
      qualifier: "atLeast",
      strict: true,
      unit: "impression",
      multiplier: "million",
    });
    expect(formatQuantity(quantity(cell.value), "en")).toBe("more than 2.8 million");
    expectWordedAsTheSeed(cell);
  });

  it("¶32: more than 24,400 people in South-East Asia, Africa and Latin America reached by online awareness-raising", () => {
    const { cell } = figure(
      dataset,
      { topic: "prevention-and-awareness", region: "002", period: YEAR_2020 },
      "people-reached-by-awareness-raising",
    );
    expect(cell.value).toEqual({ value: 24400, qualifier: "atLeast", strict: true, unit: "person" });
    expectWordedAsTheSeed(cell);
  });

  it("¶33: 28.5 million views of Guatemala's campaign “Internet in times of lockdown”", () => {
    const { cell, activities } = figure(dataset, { kind: "awareness-campaign", country: "GTM" }, "campaign-views");
    expect(activities.map((activity) => activity.id)).toEqual(["act-2020-guatemala-internet-in-lockdown-campaign"]);
    expect(cell.value).toEqual({ value: 28_500_000, qualifier: "exact", unit: "view", multiplier: "million" });
    expect(formatQuantity(quantity(cell.value), "en")).toBe("28.5 million");
    expectWordedAsTheSeed(cell);
  });

  it("¶34: 650 IT staff and teachers trained in El Salvador in cyber-incident response", () => {
    const { cell } = figure(
      dataset,
      { kind: "training", topic: "incident-response", country: "SLV" },
      "people-trained",
    );
    expect(cell.value).toEqual({ value: 650, qualifier: "exact", unit: "person" });
    expectWordedAsTheSeed(cell);
  });
});

describe("figures combined across activities keep their qualifiers honest", () => {
  it("exact 655 (¶27) and more than 130 (¶18) trained make more than 785", () => {
    const activities = [
      ...activitiesMatching(dataset, { kind: "training", topic: "electronic-evidence", country: "BLZ" }),
      ...activitiesMatching(dataset, { kind: "training", topic: "cryptocurrency", region: "142" }),
    ];
    const result = aggregate(observationsOf(dataset, activities, "people-trained"), {
      indicators: dataset.indicators,
      bucket: "year",
    });
    expect(result.cells.map((cell) => cell.value)).toEqual([
      { value: 785, qualifier: "atLeast", strict: true, unit: "person" },
    ]);
  });

  it("training in Central America in 2020 reached more than 6,905 people in 5 distinct countries, not 9", () => {
    const { cell, activities } = figure(
      dataset,
      { kind: "training", region: "013", period: YEAR_2020 },
      "people-trained",
    );
    expect(activities.map((activity) => activity.id).sort()).toEqual([
      "act-2020-central-america-teacher-training",
      "act-2020-el-salvador-incident-response-training",
      "act-2020-electronic-evidence-training-with-technology-companies",
    ]);
    expect(cell.value).toEqual({ value: 6905, qualifier: "atLeast", strict: true, unit: "person" });
    expect(distinctCount([cell.countries])).toEqual({ value: 5, qualifier: "exact", unit: "country" });
    expect(reportParagraphs(cell)).toEqual(expect.arrayContaining([25, 27, 34]));
  });
});

describe("the case statistics of ¶21 as shares that keep their wholes", () => {
  const byCountry = (indicatorId: string) =>
    aggregate(
      dataset.observations.filter((observation) => observation.indicatorId === indicatorId),
      { indicators: dataset.indicators, bucket: "year", by: { dimension: "country" } },
    );

  it("El Salvador 2018–2020: 40% of 263 cases involved OCSEA; Belize 2019: 85% of 39 cases; El Salvador by 2020: more than 50% (cells by period bucket)", () => {
    const result = byCountry("share-of-cases-involving-ocsea");
    expect(result.skipped).toEqual([]);
    expect(result.cells.map((cell) => [cell.group, cell.bucket, cell.value])).toEqual([
      [
        "SLV",
        "2018/2020",
        {
          basis: "percent",
          percent: { value: 40, qualifier: "exact" },
          denominator: { value: 263, qualifier: "exact", unit: "case" },
        },
      ],
      [
        "BLZ",
        "2019",
        {
          basis: "percent",
          percent: { value: 85, qualifier: "exact" },
          denominator: { value: 39, qualifier: "exact", unit: "case" },
        },
      ],
      // The seed gives no number of cases for "by 2020": the share stands alone, its whole unknown.
      ["SLV", "2020", { basis: "percent", percent: { value: 50, qualifier: "atLeast", strict: true } }],
    ]);
  });

  it("El Salvador by 2020: more than 50% of a number of cases the seed does not give, so it is never pooled or counted", () => {
    const overHalf = dataset.observations.find(
      (observation) => observation.id === "obs-2020-el-salvador-share-of-cases-ocsea-more-than-half",
    );
    if (overHalf === undefined || !isShare(overHalf.value)) throw new Error("expected El Salvador's share of 2020");
    expect(hasKnownWhole(overHalf.value)).toBe(false);
    expect(formatQuantity(sharePercent(overHalf.value), "en")).toBe("more than 50");
    expect(shareNumerator(overHalf.value)).toBeUndefined();
    const salvador = dataset.observations.filter(
      (observation) =>
        observation.indicatorId === "share-of-cases-involving-ocsea" &&
        observation.scope.countries.named.includes("SLV"),
    );
    const pooled = poolShares(salvador.map((observation) => observation.value).filter(isShare) as [Share, ...Share[]]);
    expect(pooled.ok ? undefined : pooled.error._tag).toBe("WholeUnknown");
    expect(pooled.ok ? "" : pooled.error.message).toContain("the whole is unknown");
  });

  it("the number of cases behind a percentage is not stated, so it is only ever derived as approximate", () => {
    const [salvador] = byCountry("share-of-cases-involving-ocsea").cells.filter((cell) => cell.group === "SLV");
    if (salvador === undefined || !isShare(salvador.value)) throw new Error("expected El Salvador's share");
    expect(shareNumerator(salvador.value)).toMatchObject({ qualifier: "approximately", unit: "case" });
  });

  it("El Salvador 2018–2020: 32% of the same 263 cases involved online sexual exploitation and abuse of women", () => {
    const result = byCountry("share-of-cases-involving-online-sexual-exploitation-of-women");
    expect(result.cells.map((cell) => [cell.group, cell.bucket, cell.value])).toEqual([
      [
        "SLV",
        "2018/2020",
        {
          basis: "percent",
          percent: { value: 32, qualifier: "exact" },
          denominator: { value: 263, qualifier: "exact", unit: "case" },
        },
      ],
    ]);
  });

  it("Honduras 2020: 7 of every 10 child victims of OCSEA were girls", () => {
    const [cell, ...rest] = byCountry("share-of-ocsea-child-victims-who-are-girls").cells;
    expect(rest).toEqual([]);
    expect(cell?.group).toBe("HND");
    if (cell === undefined || !isShare(cell.value)) throw new Error("expected Honduras's share");
    // "每 10 名…中就有 7 名": a rate, not a count of ten victims (the number of victims is not stated).
    expect(cell.value).toEqual({
      basis: "counted",
      numerator: { value: 7, qualifier: "exact", unit: "person" },
      denominator: { value: 10, qualifier: "exact", unit: "person" },
      ratio: true,
    });
    expect(sharePercent(cell.value)).toEqual({ value: 70, qualifier: "exact" });
    expect(hasKnownWhole(cell.value)).toBe(false);
    expect(shareNumerator(cell.value)).toBeUndefined();
  });

  it("every ¶21 figure cites ¶21 and is no result of an activity", () => {
    const shares = dataset.observations.filter((observation) => isShare(observation.value));
    // 40% and 32% of El Salvador's 263 cases, more than 50% by 2020, Honduras's 7 of 10, Belize's 85% of 39.
    expect(shares).toHaveLength(5);
    for (const observation of shares) {
      expect(observation.activityIds).toEqual([]);
      expect(observation.provenance).toEqual([
        expect.objectContaining({ symbol: REPORT_2021.citation, paragraphs: [21] }),
      ]);
    }
  });
});

describe("the figures of the 2011 guide", () => {
  const guideFigures = () => {
    const observations = dataset.observations.filter((observation) =>
      observation.provenance.some((p) => p.source === "document" && p.symbol === GUIDE_2011.citation),
    );
    return aggregate(observations, { indicators: dataset.indicators, bucket: "year", sources: true });
  };

  it("¶14: nearly 2 billion internet users worldwide: below 2 billion, not about it, in billions", () => {
    const cell = guideFigures().cells.find((candidate) => candidate.indicatorId === "internet-users");
    expect(cell?.value).toEqual({
      value: 2_000_000_000,
      qualifier: "nearly",
      unit: "person",
      multiplier: "billion",
    });
    expect(cell?.bucket).toBe("2011");
    expect(quotesOf(cell!)).toEqual(["如今，全世界有近 20 亿人使用互联网及其服务"]);
  });

  it("¶38: about 300,000 child abuse images in INTERPOL's database", () => {
    const cell = guideFigures().cells.find(
      (candidate) => candidate.indicatorId === "images-in-interpol-child-abuse-database",
    );
    expect(cell?.value).toEqual({ value: 300_000, qualifier: "approximately", unit: "image" });
    expect(formatQuantity(quantity(cell!.value), "en")).toBe("about 300,000");
    expectWordedAsTheSeed(cell!);
  });
});
