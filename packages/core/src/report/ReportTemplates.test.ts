import { describe, expect, it } from "vitest";
import { chineseNumeral } from "../text/ChineseWords";
import { CHINESE_FORMAT } from "./ChineseFormat";
import { englishOrdinal, ENGLISH_FORMAT } from "./EnglishFormat";
import { countryNameIn, languageNameIn, regionNameIn } from "./PlaceNames";
import type { ReportOutline } from "./ReportOutline";
import { reportOutlineKeys } from "./ReportOutlineKeys";
import type { ReportTemplateSet } from "./ReportTemplates";
import { templatesFor } from "./ReportTemplateSets";
import { reportContentProblems, reportTemplateProblems } from "./TemplateSetCheck";

// A set in the making: one heading, two sentences, one of them broken. Core ships no template
// set (the report's content does); these are only what the checks read.
const draft = {
  language: "en",
  headings: { introduction: "Introduction" },
  sentences: {
    "forensics.training": ["UNODC trained {trained, gen} practitioners in {countries} countries."],
    "crypto.training": ["{trained people"],
  },
  statistics: {},
  format: ENGLISH_FORMAT,
} as unknown as ReportTemplateSet;
const reference = {
  ...draft,
  sentences: { "forensics.training": ["UNODC trained {trained} practitioners."], "crypto.training": ["{trained}"] },
} as unknown as ReportTemplateSet;

// The outline the draft is written for: its keys are the report's own, not a list core keeps.
const outline: ReportOutline = {
  id: "draft",
  sections: [
    {
      id: "introduction",
      numeral: "I",
      heading: "introduction",
      paragraphs: [],
      subsections: [
        {
          id: "introduction.mandate",
          heading: "introduction.mandate",
          paragraphs: [
            {
              id: "introduction.chain",
              kind: "mandate-chain",
              template: "introduction.chain",
              addressees: ["unodc"],
              actions: ["explore"],
            },
          ],
        },
      ],
    },
    {
      id: "capacity",
      numeral: "II",
      heading: "capacity",
      paragraphs: [
        { id: "capacity.context", kind: "narrative" },
        {
          id: "capacity.training",
          kind: "sentences",
          sentences: [{ template: "forensics.training" }, { template: "crypto.training" }],
        },
      ],
      subsections: [],
    },
  ],
};
const keys = reportOutlineKeys(outline);
const words = (key: string) => [`The ${key} sentence.`];
const complete = {
  ...draft,
  headings: { introduction: "Introduction", "introduction.mandate": "The mandate", capacity: "Capacity-building" },
  sentences: Object.fromEntries(keys.sentences.map((key) => [key, words(key)])),
} as unknown as ReportTemplateSet;

describe("template sets a report's content brings", () => {
  it("write the headings and sentences the content's outline names, and the summary's", () => {
    expect(keys).toEqual({
      headings: ["introduction", "introduction.mandate", "capacity"],
      sentences: [
        "summary.mandate",
        "summary.deferral",
        "summary.scope",
        "introduction.chain",
        "forensics.training",
        "crypto.training",
      ],
    });
  });

  it("lists what the engine cannot read: a missing heading or sentence, a broken message, a form the language does not make", () => {
    const problems = reportTemplateProblems(draft, keys);
    expect(problems).toContain("en introduction.mandate: no heading");
    expect(problems).toContain("en summary.mandate: no sentence");
    expect(problems).toContain("en introduction.chain: no sentence");
    expect(problems).not.toContain("en forensics.training: no sentence");
    expect(problems.filter((problem) => problem.startsWith("en crypto.training: "))).toHaveLength(1);
    expect(problems).toContain('en forensics.training: the form "gen" is not one en makes');
    expect(reportTemplateProblems(complete, keys)).toEqual([]);
  });

  it("lists a slot that draws on a record the sentence it was translated from does not", () => {
    expect(reportTemplateProblems(draft, keys, reference)).toContain(
      "en forensics.training: {countries} draws on a record the en sentence does not",
    );
  });

  it("checks every language of a content against its own outline", () => {
    const french = { ...draft, language: "fr" } as ReportTemplateSet;
    const problems = reportContentProblems({ outline, templates: { en: complete, fr: french } }, "en");
    expect(problems).toContain("fr capacity: no heading");
    expect(problems).toContain("fr summary.scope: no sentence");
    expect(problems.filter((problem) => problem.startsWith("en "))).toEqual([]);
  });

  it("a language without templates is an error, unless a fallback is named, and then it says so", () => {
    const refused = templatesFor("ar", { en: draft });
    expect(refused.ok || refused.error.message).toMatch(/^no report templates in ar/);
    const fallback = templatesFor("ar", { en: draft }, "en");
    expect(fallback.ok && [fallback.value.templates.language, fallback.value.isFallback]).toEqual(["en", true]);
  });

  it("a set that lacks a key of the outline counts as none, and the refusal names what it lacks", () => {
    const refused = templatesFor("en", { en: draft }, undefined, keys);
    expect(refused.ok || refused.error).toMatchObject({
      _tag: "NoReportTemplates",
      language: "en",
      available: [],
      incomplete: [{ language: "en", missing: expect.arrayContaining(["heading capacity", "sentence summary.scope"]) }],
    });
    expect(refused.ok || refused.error.message).toMatch(
      /the en set lacks heading introduction\.mandate, heading capacity/,
    );
    const french = { ...draft, language: "fr" } as ReportTemplateSet;
    const fallback = templatesFor("fr", { fr: french, en: complete }, "en", keys);
    expect(fallback.ok && [fallback.value.templates.language, fallback.value.isFallback]).toEqual(["en", true]);
    expect(templatesFor("en", { en: complete }, undefined, keys).ok).toBe(true);
  });
});

describe("formats", () => {
  it("writes session ordinals in words, as UN documents do", () => {
    expect([29, 30, 7, 12, 101].map(englishOrdinal)).toEqual([
      "twenty-ninth",
      "thirtieth",
      "seventh",
      "twelfth",
      "101st",
    ]);
    expect([29, 30, 7, 10, 11].map(chineseNumeral)).toEqual(["二十九", "三十", "七", "十", "十一"]);
    expect([ENGLISH_FORMAT.session(30), CHINESE_FORMAT.session(30)]).toEqual(["thirtieth session", "第三十届会议"]);
  });

  it("writes date spans in each language's style", () => {
    expect(ENGLISH_FORMAT.span("2020-04-06", "2020-04-08")).toBe("6–8 April 2020");
    expect(ENGLISH_FORMAT.span("2018", "2020")).toBe("2018–2020");
    expect(ENGLISH_FORMAT.date("2020-12")).toBe("December 2020");
    expect(CHINESE_FORMAT.span("2020-04-06", "2020-04-08")).toBe("2020年4月6日至8日");
    expect(CHINESE_FORMAT.span("2020-07-27", "2020-08-02")).toBe("2020年7月27日至8月2日");
    expect(ENGLISH_FORMAT.bound(undefined, "2021-03-01")).toBe("no later than 1 March 2021");
  });

  it("names resolutions and decisions with their body and number", () => {
    expect(ENGLISH_FORMAT.mandate({ kind: "decision", number: "74/567", body: "General Assembly" })).toEqual({
      short: "decision 74/567",
      full: "General Assembly decision 74/567",
    });
    expect(CHINESE_FORMAT.mandate({ kind: "resolution", number: "22/8", body: "预防犯罪和刑事司法委员会" }).full).toBe(
      "预防犯罪和刑事司法委员会第22/8号决议",
    );
    expect(CHINESE_FORMAT.mandate({ kind: "declaration", title: "多哈宣言" }).full).toBe("多哈宣言");
  });

  it("names countries, regions and languages in the report's language", () => {
    expect([countryNameIn("SLV", "zh"), countryNameIn("SLV", "en"), countryNameIn("BFA", "fr")]).toEqual([
      "萨尔瓦多",
      "El Salvador",
      "Burkina Faso",
    ]);
    expect([regionNameIn("035", "zh"), regionNameIn("035", "en")]).toEqual(["东南亚", "South-eastern Asia"]);
    expect([languageNameIn("pt", "zh"), languageNameIn("pt", "en")]).toEqual(["葡萄牙语", "Portuguese"]);
  });
});
