import { chineseNumeral, type Report, type ReportParagraph, type ReportSection } from "@remit/core";

/** A chapter's paragraphs in order, each sub-section's heading attached to its first paragraph. */
export function sectionBlocks(
  section: ReportSection,
): { readonly paragraph: ReportParagraph; readonly heading?: string }[] {
  const blocks: { paragraph: ReportParagraph; heading?: string }[] = section.paragraphs.map((paragraph) => ({
    paragraph,
  }));
  for (const subsection of section.subsections) {
    subsection.paragraphs.forEach((paragraph, index) =>
      blocks.push(index === 0 ? { paragraph, heading: subsection.heading } : { paragraph }),
    );
  }
  return blocks;
}

/** The symbol line of the masthead: the issued symbol, or the series and a note that the number is pending. */
export function symbolLine(report: Report): string | undefined {
  if (report.symbol.issued !== undefined) return report.symbol.issued;
  if (report.symbol.series !== undefined) return `${report.symbol.series} (${report.labels.symbolPending})`;
  return undefined;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a chapter's Roman numeral ("VII" → 7); 0 when it is not one. */
function romanValue(numeral: string): number {
  const values = [...numeral].map((letter) => ROMAN[letter] ?? Number.NaN);
  const total = values.reduce((sum, value, index) => sum + (value < (values[index + 1] ?? 0) ? -value : value), 0);
  return Number.isNaN(total) ? 0 : total;
}

const ARABIC_CHAPTERS = ["", "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"];

/**
 * A chapter's number as the report's language numbers chapters, with what follows it: "I. "
 * in English, French, Russian and Spanish; "一、" in Chinese; "أولاً - " in Arabic (UN Arabic
 * counts chapters with ordinal adverbs and a dash).
 * @example chapterNumber(report, section) // { numeral: "一、", separator: "" }
 */
export function chapterNumber(
  report: Report,
  section: ReportSection,
): { readonly numeral: string; readonly separator: string } {
  const value = romanValue(section.numeral);
  if (report.templateLanguage === "zh" && value > 0) return { numeral: `${chineseNumeral(value)}、`, separator: "" };
  const arabic = ARABIC_CHAPTERS[value];
  if (report.templateLanguage === "ar" && arabic !== undefined && value > 0)
    return { numeral: `${arabic} -`, separator: " " };
  return { numeral: `${section.numeral}.`, separator: " " };
}

/** A paragraph's number: "17." in most languages, "17 -" in Arabic, as UN Arabic numbers paragraphs. */
export function paragraphNumber(report: Report, number: number): string {
  return report.templateLanguage === "ar" ? `${number} -` : `${number}.`;
}
