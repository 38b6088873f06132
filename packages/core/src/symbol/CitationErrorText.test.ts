import { describe, expect, it } from "vitest";
import { parseCitation } from "./CitationParser";
import { formatCitationErrorIn } from "./CitationWords";
import { explainSymbol } from "./SymbolExplanation";
import type { Language } from "../text/Language";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };
const LANGUAGES: readonly Language[] = ["ar", "zh", "en", "fr", "ru", "es"];

function refusalIn(text: string, language: Language): string {
  const parsed = parseCitation(text, asOf);
  if (parsed.ok) throw new Error(`${text} was read`);
  return formatCitationErrorIn(parsed.error, language);
}

// Refusals of each kind the citation parser gives, with the part it blames.
const REFUSED = [
  "decision 18/1",
  "Security Council resolution 2532",
  "GA resolution 074/173",
  "ECOSOC decision 22/243",
  "ECOSOC decision 1975/1",
  "ECOSOC decision 2031/1",
  "CCPCJ resolution 2010/8",
  "GA resolution 30/1",
  "GA resolution 624/1",
  "大会第74/173号",
  "GA 74/173",
  "",
];

describe("a citation's refusal in the six languages", () => {
  it("English is the error's own message", () => {
    const parsed = parseCitation("decision 18/1", asOf);
    expect(!parsed.ok && formatCitationErrorIn(parsed.error, "en")).toBe(!parsed.ok && parsed.error.message);
  });

  it("each language words where, what and how to write it", () => {
    expect(refusalIn("decision 18/1", "fr")).toContain("la citation ne nomme aucun organe");
    expect(refusalIn("ECOSOC decision 22/243", "es")).toContain(
      "el Consejo Económico y Social numera sus decisiones por año",
    );
    expect(refusalIn("GA resolution 624/1", "ru")).toContain("624");
    expect(refusalIn("CCPCJ resolution 2010/8", "zh")).toContain("预防犯罪和刑事司法委员会按届会为其决议编号");
    expect(refusalIn("GA resolution 074/173", "ar")).toContain("يبدأ بصفر");
  });

  it("no English word in the Arabic, Chinese and Russian refusals, apart from the citation as typed", () => {
    for (const text of REFUSED) {
      for (const language of ["ar", "zh", "ru"] as const) {
        const words = refusalIn(text, language)
          .replace(text, "")
          .replace(
            /CCPCJ resolution 22\/8|GA decision 74\/567|GA resolution 74\/173|ECOSOC decision 2010\/243|CCPCJ decision 18\/1|defaultBodyId/g,
            "",
          )
          .split(/[\s«»“”"'（）()،,:;：；。，、.]+/u)
          .filter((token) => /[a-z]/.test(token) && !text.includes(token));
        expect(words, `${text} in ${language}`).toEqual([]);
      }
    }
  });

  it("every language words every refusal", () => {
    for (const text of REFUSED) for (const language of LANGUAGES) expect(refusalIn(text, language)).not.toBe("");
  });
});

describe("the note on why a citation has no symbol, in the reader's language", () => {
  it("a decision and the Commission's resolutions are not issued under a symbol of their own", () => {
    const french = explainSymbol("CCPCJ resolution 26/4", asOf.referenceDate, "fr");
    expect(french.ok && french.note).toBe(
      "résolution 26/4 de la Commission pour la prévention du crime et la justice pénale n’a pas de cote propre : les résolutions de la Commission sont publiées dans le rapport sur sa session ; citer la résolution elle-même",
    );
    const chinese = explainSymbol("GA decision 74/567", asOf.referenceDate, "zh");
    expect(chinese.ok && chinese.note).toBe(
      "大会第74/567号决定没有自己的文件编号：大会的决定不作为单独文件印发；请直接引用该决定",
    );
    const english = explainSymbol("GA decision 74/567", asOf.referenceDate, "en");
    expect(english.ok && english.note).toBe(
      "General Assembly decision 74/567 has no document symbol of its own: decisions of the General Assembly are not issued as separate documents; cite the decision itself",
    );
  });

  it("an invalid citation is refused in the reader's language", () => {
    const refused = explainSymbol("decision 18/1", asOf.referenceDate, "es");
    expect(!refused.ok && refused.error.reason).toBe("la cita no nombra ningún órgano");
  });
});
