import type { RuleBreach } from "./RuleBreach";

/** A part of a cited article, as the rule on its form names it. */
export type CitedPart = "article" | "paragraph" | "subparagraph";

const CITED_PART_WORDS: Readonly<Record<CitedPart, string>> = {
  article: "article number",
  paragraph: "paragraph",
  subparagraph: "subparagraph",
};

/**
 * The English messages of the rules a pattern checks. A pattern's issue cannot carry a
 * rule's key as a refinement's can, so the message itself names the rule: the schema uses
 * these words and {@link formatRuleOfMessage} finds the rule back from them.
 */
export const FORMAT_RULE_MESSAGES = {
  languageCode: 'expected an ISO 639-1 language code such as "en" or "pt"',
  unit: 'expected a singular lower-case unit such as "person" or "case"',
  letter: 'expected one lower-case letter, e.g. "a" for "(a)"',
  romanNumeral: 'expected a lower-case Roman numeral such as "i", "iv" or "x"',
  recordId: "expected a lower-case id of letters, digits, '.' and '-'",
  date: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
} as const;

/** The English message of the rule on a cited article's part: no parentheses, no spaces around. */
export function citedPartMessage(part: CitedPart): string {
  return `write the ${CITED_PART_WORDS[part]} without parentheses or surrounding spaces: "h", not "(h)"`;
}

// Built on first use, so that a schema importing the messages does not carry the lookup.
let breachOfMessage: ReadonlyMap<string, RuleBreach> | undefined;

function breaches(): ReadonlyMap<string, RuleBreach> {
  breachOfMessage ??= new Map<string, RuleBreach>([
    // Each message's name is its rule's: "date" is the message of "format.date".
    ...Object.entries(FORMAT_RULE_MESSAGES).map(([name, message]): [string, RuleBreach] => [
      message,
      { rule: `format.${name as keyof typeof FORMAT_RULE_MESSAGES}`, values: {} },
    ]),
    ...(["article", "paragraph", "subparagraph"] as const).map((part): [string, RuleBreach] => [
      citedPartMessage(part),
      { rule: "format.citedPart", values: { part } },
    ]),
  ]);
  return breachOfMessage;
}

/** The rule a pattern's message names, if it is one of {@link FORMAT_RULE_MESSAGES}. */
export function formatRuleOfMessage(message: string): RuleBreach | undefined {
  return breaches().get(message);
}
