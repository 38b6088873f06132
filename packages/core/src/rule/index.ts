/**
 * The rules schemas check beyond a field's shape, as data a reader's language can word.
 * @module
 */
export { RULE_SLOTS, type RuleSlots, type RuleKey, type RuleCatalog } from "./RuleSlots";
export {
  rule,
  breachOfParams,
  type RuleBreach,
  type RuleValue,
  type RuleValues,
  type DatesValue,
  type NamesValue,
} from "./RuleBreach";
export { FORMAT_RULE_MESSAGES, citedPartMessage, formatRuleOfMessage, type CitedPart } from "./FormatRules";
export { RULE_CATALOGS, formatRuleIn, ruleValueIn } from "./RuleText";
export { FRENCH_RULES } from "./FrenchRules";
export { SPANISH_RULES } from "./SpanishRules";
export { RUSSIAN_RULES } from "./RussianRules";
export { ARABIC_RULES } from "./ArabicRules";
export { CHINESE_RULES } from "./ChineseRules";
