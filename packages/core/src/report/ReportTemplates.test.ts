import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import { chineseNumeral } from "../text/ChineseWords";
import { CHINESE_FORMAT } from "./ChineseFormat";
import { englishOrdinal, ENGLISH_FORMAT } from "./EnglishFormat";
import { countryNameIn, languageNameIn, regionNameIn } from "./PlaceNames";
import { HEADING_KEYS, SENTENCE_KEYS, type ReportTemplateSet } from "./ReportTemplates";
import { REPORT_TEMPLATES, templatesFor } from "./ReportTemplateSets";
import { parseMessage, slotNames, type MessageNode } from "../message/MessageSyntax";

/** The slot names of a template variant (a variant that does not parse fails its own test). */
function slotsOf(variant: string): string[] {
  const parsed = parseMessage(variant);
  return parsed.ok ? slotNames(parsed.value) : [];
}

function formsOf(nodes: readonly MessageNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === "slot"
      ? [...(node.forms ?? [])]
      : node.type === "plural" || node.type === "select"
        ? Object.values(node.branches).flatMap(formsOf)
        : [],
  );
}

const everyVariant = (set: ReportTemplateSet) => [
  ...Object.values(set.sentences).flat(),
  ...Object.values(set.statistics).flat(),
];

describe("template sets", () => {
  it("every template is a message in the catalog format the CLI and the web UI use", () => {
    for (const set of Object.values(REPORT_TEMPLATES)) {
      const broken = everyVariant(set).flatMap((variant) => {
        const parsed = parseMessage(variant);
        return parsed.ok ? [] : [`${set.language}: ${parsed.error.message}`];
      });
      expect(broken).toEqual([]);
    }
  });

  it("every form a template asks for is one its language makes", () => {
    for (const set of Object.values(REPORT_TEMPLATES)) {
      const known = new Set(["lower", "cap", ...(set.format.forms ?? [])]);
      const asked = everyVariant(set).flatMap((variant) => {
        const parsed = parseMessage(variant);
        return parsed.ok ? formsOf(parsed.value) : [];
      });
      expect(
        [...new Set(asked)].filter((form) => !known.has(form)),
        set.language,
      ).toEqual([]);
    }
  });

  it("every shipped language writes every heading and every sentence of the outline", () => {
    for (const set of Object.values(REPORT_TEMPLATES)) {
      expect(HEADING_KEYS.filter((key) => !set?.headings[key])).toEqual([]);
      expect(SENTENCE_KEYS.filter((key) => (set?.sentences[key].length ?? 0) === 0)).toEqual([]);
    }
  });

  it("no language's sentences draw on a record the English ones do not", () => {
    const { en } = REPORT_TEMPLATES;
    const root = (slot: string) => slot.split(".")[0];
    for (const set of Object.values(REPORT_TEMPLATES)) {
      for (const key of SENTENCE_KEYS) {
        const known = new Set(en?.sentences[key].flatMap(slotsOf).map(root));
        const unknown = set.sentences[key].flatMap(slotsOf).filter((slot) => !known.has(root(slot)));
        expect(unknown, `${set.language} ${key}`).toEqual([]);
      }
    }
  });

  it("a language without templates is an error, unless a fallback is named, and then it says so", () => {
    expect(LANGUAGES.filter((language) => REPORT_TEMPLATES[language] === undefined)).toEqual([]);
    const { ar: _arabic, ...withoutArabic } = REPORT_TEMPLATES;
    const refused = templatesFor("ar", withoutArabic);
    expect(refused.ok || refused.error.message).toMatch(/^no report templates in ar/);
    const fallback = templatesFor("ar", withoutArabic, "en");
    expect(fallback.ok && [fallback.value.templates.language, fallback.value.isFallback]).toEqual(["en", true]);
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
