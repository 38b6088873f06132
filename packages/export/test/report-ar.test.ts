// The 2021 report in Arabic: right to left, Western digits, UN month names, percentages in
// words, and nouns that take the form Arabic gives each count.
import { arabicOrdinal, parseMessage, type MessageNode } from "@remit/core";
import { ARABIC_REPORT_TEMPLATES } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import {
  bodyText,
  figureText,
  htmlRoot,
  numbering,
  paragraphText,
  reportsIn,
  TEMPLATE_LEFTOVER,
} from "./ReportLanguageSupport";

const { report, english } = reportsIn("ar");

/** Latin words an Arabic template may carry: names and symbols that UN Arabic leaves in Latin script. */
const LATIN_ALLOWED = new Set(["SHERLOC"]);

/** The words a template writes itself: its text runs, in every branch, without its slots. */
function wordingOf(template: string): string {
  const parsed = parseMessage(template);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const walk = (nodes: readonly MessageNode[]): string =>
    nodes
      .map((node) =>
        node.type === "text"
          ? node.text
          : node.type === "plural" || node.type === "select"
            ? Object.values(node.branches).map(walk).join(" ")
            : " ",
      )
      .join("");
  return walk(parsed.value);
}

describe("the 2021 report in Arabic", () => {
  it("has the paragraphs of the English report, numbered as the source numbers them", () => {
    expect(numbering(report)).toEqual(numbering(english));
    expect(numbering(report)).toHaveLength(39);
  });

  it("is right to left and prints figures in Western digits with «أكثر من»", () => {
    expect(htmlRoot(report)).toBe('<html lang="ar" dir="rtl">');
    expect(report.direction).toBe("rtl");
    expect(figureText(report, 25, "teachers")).toBe("أكثر من 5,600");
    expect(figureText(report, 29, "laws")).toBe("أكثر من 1,500");
    expect(paragraphText(report, 30)).toContain("أكثر من 2.8 مليون");
    expect(bodyText(report)).not.toMatch(/[\u0660-\u0669]/u);
  });

  it("writes a percentage in words, «85 في المائة», and 'by 2020' as «بحلول عام 2020»", () => {
    const p21 = paragraphText(report, 21);
    expect(p21).toContain("85 في المائة");
    expect(p21).toContain("أكثر من 50 في المائة من القضايا بحلول عام 2020");
    expect(p21).not.toContain("%");
  });

  it("gives a counted noun the form of its count: «64 بلداً» (11–99), «6 اجتماعات» (3–10)", () => {
    expect(paragraphText(report, 17)).toContain("من 64 بلداً");
    expect(paragraphText(report, 36)).toContain("وعقد فريق الخبراء 6 اجتماعات");
    expect(paragraphText(report, 17)).toContain("2,440 من الممارسين");
  });

  it("names months by both UN names and puts spans «في الفترة من … إلى …»", () => {
    expect(paragraphText(report, 12)).toContain("في الفترة من 20 إلى 22 كانون الثاني/يناير 2021");
    expect(paragraphText(report, 11)).toContain("في موعد أقصاه 1 آذار/مارس 2021");
    expect(paragraphText(report, 37)).toContain("في الفترة من 27 إلى 29 تموز/يوليه 2020");
  });

  it("counts sessions in words and puts them in the genitive after «في»", () => {
    expect(report.destination.lines).toContain("الدورة الثلاثون");
    expect(report.summary[0]?.text).toContain("في دورتها التاسعة والعشرين");
    expect([1, 7, 11, 21, 29, 30].map((n) => arabicOrdinal(n, "feminine"))).toEqual([
      "الأولى",
      "السابعة",
      "الحادية عشرة",
      "الحادية والعشرون",
      "التاسعة والعشرون",
      "الثلاثون",
    ]);
    expect(arabicOrdinal(7, "masculine")).toBe("السابع");
  });

  it("names places by their UN Arabic names, and its own wording carries no Latin word", () => {
    expect(paragraphText(report, 13)).toContain("النمسا والسلفادور وغواتيمالا والسنغال وتايلند");
    const own = [
      ...Object.values(ARABIC_REPORT_TEMPLATES.headings),
      ...Object.values(ARABIC_REPORT_TEMPLATES.sentences).flat(),
      ...Object.values(ARABIC_REPORT_TEMPLATES.statistics).flat(),
      ...Object.values(ARABIC_REPORT_TEMPLATES.labels).filter((text) => text !== undefined),
    ].map(wordingOf);
    const latin = own.flatMap((text) => text.match(/[A-Za-z]{2,}/gu) ?? []).filter((word) => !LATIN_ALLOWED.has(word));
    expect(latin).toEqual([]);
    expect(bodyText(report)).not.toMatch(TEMPLATE_LEFTOVER);
  });
});
