// The 2021 report of the Secretary-General under GA 74/173, rebuilt from @remit/dataset: its
// structure (chapters and paragraph numbers ¶1–¶37) and each headline figure of ¶13–¶37, with
// value, qualifier and the document paragraph it is sourced to. The expected values below are
// the seed's; the report computes its own from the records (see the last describe block,
// which changes a record and sees the report change).
import {
  buildReport,
  reportParagraphs,
  type Language,
  type Report,
  type ReportFact,
  type ReportFigure,
  type ReportParagraph,
} from "@remit/core";
import { describe, expect, it } from "vitest";
import { CYBERCRIME_REPORT_CONTENT, formatDatasetProblem, loadDataset, REPORT_2021, type Dataset } from "../src";

function dataset(): Dataset {
  const result = loadDataset();
  if (!result.ok) throw new Error(result.error.problems.map(formatDatasetProblem).join("\n"));
  return result.value;
}

const records = dataset();

function build(language: Language, data: Dataset = records): Report {
  const result = buildReport({
    symbol: "A/RES/74/173",
    period: { start: "2020" },
    records: data,
    language,
    content: CYBERCRIME_REPORT_CONTENT,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const zh = build("zh");
const en = build("en");

function paragraphOf(report: Report, number: number): ReportParagraph {
  const paragraph = reportParagraphs(report).find((candidate) => candidate.number === number);
  if (paragraph === undefined) throw new Error(`the report has no paragraph ${number}`);
  return paragraph;
}

/** The paragraphs of the 2021 report that a figure or fact is sourced to. */
function seedParagraphs(item: ReportFigure | ReportFact): number[] {
  return item.provenance.flatMap((p) =>
    p.source === "document" && p.symbol === REPORT_2021.citation ? p.paragraphs : [],
  );
}

function computedFrom(figure: ReportFigure): { activityIds: string[]; observationIds: string[] } {
  const computed = figure.provenance.find((p) => p.source === "computed");
  return computed?.source === "computed"
    ? { activityIds: computed.activityIds, observationIds: computed.observationIds }
    : { activityIds: [], observationIds: [] };
}

/** The seed's own words for a figure, from the quotes of the observations it was computed from. */
function seedQuotes(figure: ReportFigure): string[] {
  const ids = new Set(computedFrom(figure).observationIds);
  return records.observations
    .filter((o) => ids.has(o.id))
    .flatMap((o) =>
      o.provenance.flatMap((p) =>
        p.source === "document" && p.quote !== undefined ? [p.quote.replace(/\s+/g, "")] : [],
      ),
    );
}

interface Headline {
  readonly paragraph: number;
  readonly key: string;
  readonly says: string;
  readonly value: unknown;
  readonly en: string;
}

const HEADLINES: readonly Headline[] = [
  {
    paragraph: 17,
    key: "trained",
    says: "2,440 criminal justice practitioners trained",
    value: { value: 2440, qualifier: "exact", unit: "person" },
    en: "2,440",
  },
  {
    paragraph: 17,
    key: "countries",
    says: "from 64 countries",
    value: { value: 64, qualifier: "exact", unit: "country" },
    en: "64",
  },
  {
    paragraph: 18,
    key: "trained",
    says: "more than 130 officials in Asia trained in cryptocurrency and darknet investigations",
    value: { value: 130, qualifier: "atLeast", strict: true, unit: "person" },
    en: "more than 130",
  },
  {
    paragraph: 18,
    key: "advised",
    says: "operational advice to one Member State",
    value: { value: 1, qualifier: "exact", unit: "country" },
    en: "1",
  },
  {
    paragraph: 22,
    key: "participants",
    says: "7,832 webinar participants",
    value: { value: 7832, qualifier: "exact", unit: "person" },
    en: "7,832",
  },
  {
    paragraph: 22,
    key: "countries",
    says: "from 15 countries",
    value: { value: 15, qualifier: "exact", unit: "country" },
    en: "15",
  },
  {
    paragraph: 23,
    key: "trained",
    says: "1,000 practitioners took the online diploma course",
    value: { value: 1000, qualifier: "exact", unit: "person" },
    en: "1,000",
  },
  {
    paragraph: 23,
    key: "countries",
    says: "from 44 countries",
    value: { value: 44, qualifier: "exact", unit: "country" },
    en: "44",
  },
  {
    paragraph: 25,
    key: "teachers",
    says: "more than 5,600 teachers trained",
    value: { value: 5600, qualifier: "atLeast", strict: true, unit: "person" },
    en: "more than 5,600",
  },
  {
    paragraph: 25,
    key: "victims",
    says: "13 victims identified and protected",
    value: { value: 13, qualifier: "exact", unit: "person" },
    en: "13",
  },
  {
    paragraph: 27,
    key: "trained",
    says: "655 practitioners trained in requesting electronic evidence",
    value: { value: 655, qualifier: "exact", unit: "person" },
    en: "655",
  },
  {
    paragraph: 29,
    key: "laws",
    says: "more than 1,500 cybercrime laws in SHERLOC",
    value: { value: 1500, qualifier: "atLeast", strict: true, unit: "law" },
    en: "more than 1,500",
  },
  {
    paragraph: 29,
    key: "cases",
    says: "42 cases in SHERLOC",
    value: { value: 42, qualifier: "exact", unit: "case" },
    en: "42",
  },
  {
    paragraph: 30,
    key: "impressions",
    says: "more than 2.8 million social media impressions",
    value: { value: 2_800_000, qualifier: "atLeast", strict: true, unit: "impression", multiplier: "million" },
    en: "more than 2.8 million",
  },
  {
    paragraph: 32,
    key: "reached",
    says: "more than 24,400 people reached by awareness-raising",
    value: { value: 24_400, qualifier: "atLeast", strict: true, unit: "person" },
    en: "more than 24,400",
  },
  {
    paragraph: 33,
    key: "views",
    says: "28.5 million campaign views",
    value: { value: 28_500_000, qualifier: "exact", unit: "view", multiplier: "million" },
    en: "28.5 million",
  },
  {
    paragraph: 34,
    key: "trained",
    says: "650 IT staff and teachers trained in incident response",
    value: { value: 650, qualifier: "exact", unit: "person" },
    en: "650",
  },
  {
    paragraph: 36,
    key: "meetings",
    says: "six meetings of the expert group",
    value: { value: 6, qualifier: "exact", unit: "meeting" },
    en: "six",
  },
];

describe("the 2021 report's structure, rebuilt from the dataset", () => {
  it("has the seven chapters of the real report, with all 39 paragraphs numbered as the source numbers them", () => {
    const ranges = zh.sections.map((section) => {
      const numbers = [...section.paragraphs, ...section.subsections.flatMap((sub) => sub.paragraphs)].map(
        (p) => p.number,
      );
      return [section.numeral, numbers[0], numbers.at(-1)];
    });
    expect(ranges).toEqual([
      ["I", 1, 5],
      ["II", 6, 12],
      ["III", 13, 27],
      ["IV", 28, 30],
      ["V", 31, 31],
      ["VI", 32, 34],
      ["VII", 35, 39],
    ]);
    expect(reportParagraphs(zh).map((p) => p.number)).toEqual(Array.from({ length: 39 }, (_, index) => index + 1));
    // Each paragraph cites the source paragraph of the same number.
    for (const paragraph of reportParagraphs(zh)) {
      const cited = paragraph.provenance.flatMap((p) =>
        p.source === "document" && p.symbol === "E/CN.15/2021/…" ? p.paragraphs : [],
      );
      expect(cited, `¶${paragraph.number} (${paragraph.specId})`).toContain(paragraph.number);
    }
  });

  it("puts ¶15–17, ¶18–19, ¶20–26 and ¶27 under chapter III's four sub-sections", () => {
    const capacity = zh.sections[2];
    expect(capacity?.subsections.map((sub) => [sub.heading, sub.paragraphs.map((p) => p.number)])).toEqual([
      ["网络犯罪调查和数字法证", [15, 16, 17]],
      ["加密货币和暗网调查", [18, 19]],
      ["网上儿童性剥削和性虐待", [20, 21, 22, 23, 24, 25, 26]],
      ["电子证据方面的国际合作", [27]],
    ]);
  });

  it("recites the mandate chain 64/179 → 65/230 → CCPCJ 20/7 → 22/8 → 74/173 in ¶1–5", () => {
    const chain = [1, 2, 3, 4, 5].map(
      (n) => paragraphOf(zh, n).facts.find((fact) => fact.key === "mandate")?.values[1],
    );
    expect(chain).toEqual([
      "A/RES/64/179",
      "A/RES/65/230",
      "CCPCJ resolution 20/7",
      "CCPCJ resolution 22/8",
      "A/RES/74/173",
    ]);
    expect(
      [1, 2, 3, 4, 5].map((n) =>
        seedParagraphs(paragraphOf(zh, n).facts.find((fact) => fact.key === "asks") as ReportFact),
      ),
    ).toEqual([[1], [2], [3], [4], [5]]);
  });

  it("goes to the 30th session under agenda item 6(d), deferred from the 29th because it met in reduced format", () => {
    expect(zh.destination.session).toEqual({ bodyId: "ccpcj", sessionNumber: 30 });
    expect(zh.destination.agendaItem).toBe("6(d)");
    expect(zh.destination.agendaSymbol).toBe("E/CN.15/2021/1");
    expect(zh.symbol.issued).toBeUndefined();
    expect(zh.summary[1]?.text).toContain("缩小规模的形式");
    expect(zh.summary[1]?.text).toContain("第三十届会议");
  });

  it("writes ¶6 and ¶38–39, which no record kind holds, from the dataset's narratives, each citing its paragraph", () => {
    expect(zh.gaps.filter((gap) => gap.message.includes("no narrative"))).toEqual([]);
    expect(
      reportParagraphs(zh)
        .filter((p) => p.origin === "narrative")
        .map((p) => p.number),
    ).toEqual([6, 38, 39]);
  });
});

describe("the headline figures of ¶13–¶37, paragraph by paragraph", () => {
  for (const headline of HEADLINES) {
    it(`¶${headline.paragraph}: ${headline.says}`, () => {
      for (const report of [zh, en]) {
        const paragraph = paragraphOf(report, headline.paragraph);
        const figure = paragraph.figures.find((candidate) => candidate.key === headline.key);
        expect(figure?.value, `${report.language} ¶${headline.paragraph} {${headline.key}}`).toEqual(headline.value);
        expect(seedParagraphs(figure as ReportFigure)).toContain(headline.paragraph);
        expect(paragraph.text).toContain(figure?.text);
      }
      const english = paragraphOf(en, headline.paragraph).figures.find((candidate) => candidate.key === headline.key);
      expect(english?.text).toBe(headline.en);
    });
  }

  it("every summed figure is computed from activity records that the seed states in the same paragraph, and reads in Chinese as the seed words it", () => {
    for (const headline of HEADLINES.filter(
      (item) => !["countries", "countryCount", "advised", "meetings"].includes(item.key),
    )) {
      const figure = paragraphOf(zh, headline.paragraph).figures.find(
        (candidate) => candidate.key === headline.key,
      ) as ReportFigure;
      const { activityIds } = computedFrom(figure);
      expect(activityIds.length, `¶${headline.paragraph} {${headline.key}}`).toBeGreaterThan(0);
      for (const id of activityIds) {
        const activity = records.activities.find((candidate) => candidate.id === id);
        const cited = activity?.provenance.flatMap((p) => (p.source === "document" ? p.paragraphs : []));
        expect(cited, `${id} for ¶${headline.paragraph}`).toContain(headline.paragraph);
      }
      expect(
        seedQuotes(figure).some((quote) => quote.includes(figure.text)),
        `"${figure.text}" in the seed's words for ¶${headline.paragraph}`,
      ).toBe(true);
    }
  });

  it("¶21: the case statistics keep their wholes: 40% and 32% of 263 cases (El Salvador), 7 of 10 child victims girls (Honduras), 85% of 39 cases (Belize)", () => {
    const paragraph = paragraphOf(en, 21);
    const shares = paragraph.figures.map((figure) => [
      figure.indicatorId,
      figure.text,
      JSON.stringify(figure.value),
      seedParagraphs(figure),
    ]);
    expect(shares).toEqual(
      expect.arrayContaining([
        ["share-of-cases-involving-ocsea", "40%", expect.stringContaining('"denominator":{"value":263'), [21]],
        [
          "share-of-cases-involving-online-sexual-exploitation-of-women",
          "32%",
          expect.stringContaining('"denominator":{"value":263'),
          [21],
        ],
        ["share-of-ocsea-child-victims-who-are-girls", "70%", expect.stringContaining('"numerator":{"value":7'), [21]],
        ["share-of-cases-involving-ocsea", "85%", expect.stringContaining('"denominator":{"value":39'), [21]],
      ]),
    );
    expect(paragraph.text).toContain("In Honduras, 7 in every 10 child victims");
  });

  it("¶25: the 13 victims are girls aged 9–12", () => {
    const facts = paragraphOf(zh, 25).facts;
    expect(facts.find((fact) => fact.key === "victimSex")?.values).toEqual(["female"]);
    expect(facts.find((fact) => fact.key === "victimAge")?.values).toEqual(["9-12"]);
    expect(paragraphOf(zh, 25).text).toContain("13名女性受害者（9至12岁）");
  });

  it("¶29: the SHERLOC figures hold as of December 2020", () => {
    expect(paragraphOf(en, 29).facts.find((fact) => fact.key === "asOf")?.values).toEqual(["2020-12"]);
    expect(paragraphOf(zh, 29).text).toContain("截至2020年12月，SHERLOC收录了1,500多项网络犯罪法规和42起");
  });
});

describe("the facts of ¶13–¶37 that are not numbers", () => {
  const fact = (report: Report, paragraph: number, key: string): ReportFact => {
    const found = paragraphOf(report, paragraph).facts.find((candidate) => candidate.key === key);
    if (found === undefined) throw new Error(`¶${paragraph} has no fact {${key}}`);
    return found;
  };

  it("¶13–14: mentors in five named countries, fully remote from March 2020, an assessment in Burkina Faso and strategy work in Belize", () => {
    expect(fact(zh, 13, "countries").values).toEqual(["AUT", "SLV", "GTM", "SEN", "THA"]);
    expect(fact(zh, 13, "start").values).toEqual(["2020-03"]);
    expect(paragraphOf(zh, 14).facts.map((item) => item.values)).toEqual([["BFA"], ["BLZ"]]);
    expect(seedParagraphs(fact(zh, 13, "countries"))).toContain(13);
  });

  it("¶15–16 and ¶20: what GA 74/173 and 74/174 ask, sourced to the paragraphs that report it", () => {
    expect(seedParagraphs(fact(zh, 15, "ask"))).toEqual([15]);
    expect(seedParagraphs(fact(zh, 16, "ask"))).toEqual([16]);
    expect(
      paragraphOf(zh, 20)
        .facts.filter((item) => item.key.startsWith("ask"))
        .map(seedParagraphs),
    ).toEqual([[20], [20]]);
  });

  it("¶26–27: the NCMEC tool for Costa Rica, El Salvador, Guatemala and Honduras; e-evidence training for five named countries", () => {
    expect(fact(en, 26, "countries").values).toEqual(["CRI", "SLV", "GTM", "HND"]);
    expect(fact(en, 26, "partners").values).toEqual(["NCMEC"]);
    expect(fact(en, 27, "countries").values).toEqual(["BLZ", "CRI", "SLV", "GTM", "HND"]);
  });

  it("¶28: GA 74/173 reaffirms the repository role UNODC has under CCPCJ 22/8, through the lineage", () => {
    expect(fact(en, 28, "target").values).toEqual(["ccpcj-res-22-8"]);
    expect(seedParagraphs(fact(en, 28, "target"))).toEqual([28]);
  });

  it("¶35: the expert group's mandate through lineage: 65/230 endorsed the Salvador Declaration, updated by the Doha Declaration that 70/174 endorsed", () => {
    expect(fact(en, 35, "lineage").mandateIds).toEqual([
      "a-res-65-230",
      "salvador-declaration",
      "doha-declaration",
      "a-res-70-174",
    ]);
    expect(seedParagraphs(fact(en, 35, "lineage"))).toContain(35);
  });

  it("¶36: meetings in 2011, 2013, 2017, 2018, 2019 and 2020, and the seventh set for 6–8 April 2021", () => {
    expect(fact(en, 36, "years").values).toEqual(["2011", "2013", "2017", "2018", "2019", "2020"]);
    expect(fact(en, 36, "next").values).toEqual(["2021-04-06", "2021-04-08"]);
    expect(paragraphOf(en, 36).text).toContain("Its seventh meeting is scheduled for 6–8 April 2021.");
    expect(seedParagraphs(fact(en, 36, "years"))).toContain(36);
  });

  it("¶37: the sixth meeting, planned for 6–8 April 2020, held on 27–29 July 2020 in hybrid format", () => {
    expect(fact(en, 37, "meeting").values).toEqual(["2020-04-06", "2020-04-08", "2020-07-27", "2020-07-29", "hybrid"]);
    expect(seedParagraphs(fact(en, 37, "meeting"))).toContain(37);
    expect(paragraphOf(zh, 37).text).toContain("专家组第六次会议原定于2020年4月6日至8日举行");
  });
});

describe("the figures come from the records", () => {
  it("a changed observation changes ¶17, and a removed activity takes its paragraph out and renumbers the rest", () => {
    const changed: Dataset = {
      ...records,
      observations: records.observations.map((o) =>
        o.id === "obs-2020-cybercrime-training-practitioners"
          ? { ...o, value: { value: 2441, qualifier: "exact" as const, unit: "person" } }
          : o,
      ),
      activities: records.activities.filter((a) => a.id !== "act-2020-darknet-threat-assessment-south-east-asia"),
    };
    const report = build("en", changed);
    expect(paragraphOf(report, 17).figures.find((figure) => figure.key === "trained")?.text).toBe("2,441");
    expect(report.sections.find((section) => section.numeral === "V")?.paragraphs).toEqual([]);
    expect(paragraphOf(report, 31).specId).toBe("prevention.awareness");
    expect(report.gaps.map((gap) => gap.specId)).toContain("research.publication");
  });
});
