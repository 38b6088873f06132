import { describe, expect, it } from "vitest";
import {
  buildReport,
  reportFigures,
  reportParagraphs,
  type BuildReportInput,
  type Provenance,
  type Report,
  type ReportContent,
  type ReportOutline,
} from "@remit/core";
import { FIXTURE_DOCUMENT, reportFixture } from "@remit/core/testing";
import { CYBERCRIME_REPORT_CONTENT, CYBERCRIME_REPORT_TEMPLATES } from "../src";

// core's report engine, tested with the cybercrime report's templates (the content lives
// here) over core's small fixture records, not the seed: no figure passes by reading the seed.

const records = reportFixture();

/** A small outline: the mandate chain, a narrative slot, a training paragraph and one the records cannot fill. */
const OUTLINE: ReportOutline = {
  id: "fixture",
  sections: [
    {
      id: "one",
      numeral: "I",
      heading: "introduction",
      paragraphs: [],
      subsections: [
        {
          id: "one.a",
          heading: "introduction.mandate",
          paragraphs: [
            {
              id: "chain",
              kind: "mandate-chain",
              template: "introduction.chain",
              addressees: ["unodc"],
              actions: ["explore", "provide-technical-assistance"],
            },
          ],
        },
      ],
    },
    {
      id: "two",
      numeral: "II",
      heading: "capacity",
      paragraphs: [
        { id: "context", kind: "narrative" },
        {
          id: "webinars",
          kind: "sentences",
          sentences: [
            {
              template: "ocsea.webinars",
              activities: { kind: "webinar-series" },
              figures: [{ slot: "participants", measure: "sum", indicatorId: "people-trained" }],
            },
          ],
        },
      ],
      subsections: [
        {
          id: "two.a",
          heading: "capacity.forensics",
          paragraphs: [
            {
              id: "training",
              kind: "sentences",
              sentences: [
                {
                  template: "forensics.training",
                  activities: { kind: "training", topic: "digital-forensics" },
                  figures: [
                    { slot: "trained", measure: "sum", indicatorId: "people-trained" },
                    { slot: "countries", measure: "countries", indicatorId: "people-trained" },
                  ],
                  facts: [
                    { slot: "audiences", fact: "audiences" },
                    { slot: "topics", fact: "topics" },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** The small outline in the cybercrime report's words, without its narratives. */
const CONTENT: ReportContent = { outline: OUTLINE, templates: CYBERCRIME_REPORT_TEMPLATES };

const input = {
  symbol: "A/RES/74/173",
  period: { start: "2020" },
  records,
  content: CONTENT,
} as const;

function build(overrides: Partial<BuildReportInput> = {}): Report {
  const result = buildReport({ ...input, language: "en", ...overrides } as BuildReportInput);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function paragraph(report: Report, specId: string) {
  const found = reportParagraphs(report).find((candidate) => candidate.specId === specId);
  if (found === undefined) throw new Error(`no paragraph ${specId}`);
  return found;
}

function cited(provenance: readonly Provenance[]): number[] {
  return provenance.flatMap((item) =>
    item.source === "document" && item.symbol === FIXTURE_DOCUMENT ? item.paragraphs : [],
  );
}

describe("buildReport: figures from the records", () => {
  it("adds the period's training figures with their qualifiers: exact 100 and more than 30 are more than 130", () => {
    const training = paragraph(build(), "training");
    const trained = training.figures.find((figure) => figure.key === "trained");
    expect(trained?.value).toEqual({ value: 130, qualifier: "atLeast", strict: true, unit: "person" });
    expect(trained?.text).toBe("more than 130");
    expect(training.text).toContain("trained more than 130 criminal justice practitioners");
    expect(paragraph(build({ language: "zh" }), "training").text).toContain("130多名刑事司法从业人员");
  });

  it("counts countries across activities once, and only as far as the records name them: at least 3, not 2 + 3", () => {
    const countries = paragraph(build(), "training").figures.find((figure) => figure.key === "countries");
    expect(countries?.value).toEqual({ value: 3, qualifier: "atLeast", unit: "country" });
    expect(countries?.text).toBe("at least 3");
  });

  it("leaves out the activities of another year (the 2019 training's 999 people)", () => {
    const trained = paragraph(build(), "training").figures.find((figure) => figure.key === "trained");
    const computed = trained?.provenance.find((item) => item.source === "computed");
    expect(computed).toEqual({
      source: "computed",
      activityIds: ["act-a", "act-b"],
      observationIds: ["obs-a", "obs-b"],
    });
  });

  it("keeps every figure's provenance: the document paragraphs that state it and the records it came from", () => {
    const rows = reportFigures(build());
    expect(rows.map((row) => [row.paragraph, row.figure.key, cited(row.figure.provenance)])).toEqual([
      [4, "trained", [10, 11]],
      [4, "countries", [10, 11]],
    ]);
  });

  it("marks where each figure is written, so a renderer can footnote it in place", () => {
    const training = paragraph(build(), "training");
    for (const figure of training.figures) {
      const run = training.segments.find((segment) => segment.figureKey === figure.key);
      expect(run?.text).toBe(figure.text);
    }
    expect(training.segments.map((segment) => segment.text).join("")).toBe(training.text);
  });
});

describe("buildReport: structure", () => {
  it("numbers paragraphs continuously across sections and sub-sections, skipping what the records cannot write", () => {
    const report = build({
      content: {
        ...CONTENT,
        narratives: { context: { text: { en: "The year's context, as a drafter wrote it." }, provenance: [] } },
      },
    });
    expect(reportParagraphs(report).map((p) => [p.number, p.specId, p.origin])).toEqual([
      [1, "chain", "records"],
      [2, "chain", "records"],
      [3, "chain", "records"],
      [4, "context", "narrative"],
      [5, "training", "records"],
    ]);
    expect(report.gaps.map((gap) => gap.specId)).toEqual(["chain", "webinars"]);
    expect(report.gaps.find((gap) => gap.specId === "webinars")?.message).toContain(
      "no activity matches kind=webinar-series",
    );
  });

  it("writes a narrative slot only when a drafter supplies it, and lists the gap otherwise", () => {
    const report = build();
    expect(reportParagraphs(report).some((p) => p.specId === "context")).toBe(false);
    expect(report.gaps.map((gap) => gap.specId)).toContain("context");
    expect(reportParagraphs(report).map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it("recites the mandate chain oldest first, ending with the report's mandate, and lists the mandate it cannot date", () => {
    const report = build();
    const chain = reportParagraphs(report).filter((p) => p.specId === "chain");
    expect(chain.map((p) => p.facts.find((fact) => fact.key === "mandate")?.values[0])).toEqual([
      "a-res-64-179",
      "ccpcj-res-22-8",
      "a-res-74-173",
    ]);
    expect(chain[0]?.text).toBe(
      "In 2009, the General Assembly, in its resolution 64/179, addressed this request to UNODC: explore ways of addressing cybercrime.",
    );
    expect(report.gaps.find((gap) => gap.specId === "chain")?.message).toContain("A/RES/74/174");
  });

  it("sends the report to the session it is due at after deferrals, under the agenda item that lists it", () => {
    const report = build();
    expect(report.destination.session).toEqual({ bodyId: "ccpcj", sessionNumber: 30 });
    expect(report.destination.agendaItem).toBe("6(d)");
    expect(report.destination.agendaSymbol).toBe("E/CN.15/2021/1");
    expect(report.destination.lines).toEqual([
      "Commission on Crime Prevention and Criminal Justice",
      "Thirtieth session",
      "Vienna, 17–21 May 2021",
      "Item 6(d) of the provisional agenda",
      "Integration and coordination",
      "Other matters",
    ]);
    expect(report.symbol).toEqual({});
  });

  it("says in the summary which session the report was for and why it goes to a later one", () => {
    const [mandate, deferral] = build({ language: "zh" }).summary;
    expect(mandate?.text).toContain("第二十九届会议");
    expect(deferral?.text).toBe(
      "第二十九届会议以缩小规模的形式举行，因此本报告改为提交预防犯罪和刑事司法委员会第三十届会议。",
    );
  });
});

describe("buildReport: languages and errors", () => {
  it("refuses a language without templates, and with a fallback marks every paragraph with the language it is in", () => {
    const content = {
      ...CONTENT,
      templates: { en: CYBERCRIME_REPORT_TEMPLATES.en!, zh: CYBERCRIME_REPORT_TEMPLATES.zh! },
    };
    const refused = buildReport({ ...input, language: "fr", content });
    expect(refused.ok || refused.error).toMatchObject({ _tag: "NoReportTemplates", language: "fr" });
    const fallback = buildReport({ ...input, language: "fr", content, fallback: "en" });
    if (!fallback.ok) throw new Error(fallback.error.message);
    const report = fallback.value;
    expect([report.language, report.templateLanguage, report.isFallback, report.direction]).toEqual([
      "fr",
      "en",
      true,
      "ltr",
    ]);
    expect(reportParagraphs(report).every((paragraph) => paragraph.writtenIn === "en")).toBe(true);
    expect(build({ language: "zh" }).isFallback).toBe(false);
  });

  it("refuses a language whose templates lack a heading the outline uses, naming it, and a fallback writes the report instead", () => {
    const french = CYBERCRIME_REPORT_TEMPLATES.fr!;
    const headings = Object.fromEntries(
      Object.entries(french.headings).filter(([key]) => key !== "capacity.forensics"),
    );
    const content = { ...CONTENT, templates: { en: CYBERCRIME_REPORT_TEMPLATES.en!, fr: { ...french, headings } } };
    const refused = buildReport({ ...input, language: "fr", content });
    expect(refused.ok || refused.error).toMatchObject({
      _tag: "NoReportTemplates",
      language: "fr",
      available: ["en"],
      incomplete: [{ language: "fr", missing: ["heading capacity.forensics"] }],
    });
    const fallback = buildReport({ ...input, language: "fr", content, fallback: "en" });
    expect(fallback.ok && [fallback.value.templateLanguage, fallback.value.isFallback]).toEqual(["en", true]);
  });

  it("reports a mandate that is not among the records, and one that asks for no report", () => {
    const missing = buildReport({ ...input, symbol: "A/RES/70/1", language: "en" });
    expect(missing.ok ? undefined : missing.error._tag).toBe("MandateNotFound");
    const silent = buildReport({
      mandateId: "a-res-64-179",
      period: { start: "2020" },
      records,
      language: "en",
      content: CONTENT,
    });
    expect(silent.ok ? undefined : silent.error).toMatchObject({
      _tag: "NoReportRequested",
      mandateId: "a-res-64-179",
    });
  });

  it("builds the full cybercrime outline from partial records without throwing, listing what is missing", () => {
    const result = buildReport({
      mandateId: "a-res-74-173",
      period: { start: "2020" },
      records,
      language: "zh",
      content: CYBERCRIME_REPORT_CONTENT,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sections.map((section) => section.numeral)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(result.value.gaps.length).toBeGreaterThan(10);
    expect(reportParagraphs(result.value).map((p) => p.number)).toEqual(
      reportParagraphs(result.value).map((_, index) => index + 1),
    );
  });
});
