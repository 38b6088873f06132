import { formatMessage } from "../message/MessageCatalog";
import type { Language } from "../text/Language";
import { displayText } from "../text/LocalizedText";
import { describeDatesIn } from "../session/SessionDatesText";
import { ARABIC_RULES } from "./ArabicRules";
import { CHINESE_RULES } from "./ChineseRules";
import { FRENCH_RULES } from "./FrenchRules";
import { RUSSIAN_RULES } from "./RussianRules";
import { SPANISH_RULES } from "./SpanishRules";
import type { RuleBreach, RuleValue } from "./RuleBreach";
import type { RuleCatalog, RuleKey, RuleSlots } from "./RuleSlots";

/** The rules' wording in the five languages besides English (whose words are the schemas' own). */
export const RULE_CATALOGS: Readonly<Record<Exclude<Language, "en">, RuleCatalog>> = {
  ar: ARABIC_RULES,
  zh: CHINESE_RULES,
  fr: FRENCH_RULES,
  ru: RUSSIAN_RULES,
  es: SPANISH_RULES,
};

/**
 * A rule's value as a reader of `language` reads it: session dates and names in several
 * languages are worded in that language; codes, numbers and ids stay as they are.
 */
export function ruleValueIn(value: RuleValue, language: Language): string | number {
  if (typeof value !== "object") return value;
  return "dates" in value ? describeDatesIn(value.dates, language) : displayText(value.names, [language]);
}

/**
 * A broken rule in one of the five languages besides English.
 * @example formatRuleIn({ rule: "country.unknown", values: { code: "XKX" } }, "fr") // "« XKX » n’est pas un code ISO 3166-1 alpha-3 connu de la M49 de l’ONU"
 */
export function formatRuleIn(breach: RuleBreach, language: Exclude<Language, "en">): string {
  const values = Object.fromEntries(
    Object.entries(breach.values).map(([slot, value]) => [slot, ruleValueIn(value, language)]),
  );
  return formatMessage<RuleSlots, RuleKey>(RULE_CATALOGS[language], breach.rule, values as never);
}
