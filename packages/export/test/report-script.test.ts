// The report's body is in its language's own words: record texts come translated, so no
// English sentence from a record leaks into a report in another language.
import { describe, expect, it } from "vitest";
import { bodyText, foreignLatinWords, reportsIn } from "./ReportLanguageSupport";

/**
 * Proper names the records give in Latin that UN Arabic, Chinese and Russian documents leave in
 * Latin: companies, a television channel, a podcast, and the SHERLOC portal's name.
 */
const LATIN_PROPER_NAMES = new Set(["Facebook", "Instagram", "Microsoft", "WhatsApp", "TV", "Azteca", "SHERLOC"]);

/** Words of English grammar, which no French or Spanish sentence contains. */
const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|of|with|was|were|for|which|its|by)\b/gu;

describe("a report in a non-Latin script has no Latin word but symbols and proper names", () => {
  it.each(["ar", "zh", "ru"] as const)("in %s", (language) => {
    const { report } = reportsIn(language);
    const allowed = new Set([...LATIN_PROPER_NAMES, "COVID-19"]);
    expect(foreignLatinWords(report, allowed)).toEqual([]);
  });
});

describe("a report in French or Spanish has no English sentence from an untranslated record", () => {
  it.each(["fr", "es"] as const)("in %s", (language) => {
    const { report } = reportsIn(language);
    expect(bodyText(report).match(ENGLISH_FUNCTION_WORDS) ?? []).toEqual([]);
  });

  it("while the English report shows those words, so the check can see them", () => {
    expect(bodyText(reportsIn("en").report).match(ENGLISH_FUNCTION_WORDS)?.length).toBeGreaterThan(100);
  });
});
