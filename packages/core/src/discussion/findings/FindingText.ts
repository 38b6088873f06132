import type { Language } from "../../text/Language";
import type { Decision18_1Finding } from "../Decision18_1Finding";
import { ARABIC_FINDINGS } from "./ArabicFindings";
import { CHINESE_FINDINGS } from "./ChineseFindings";
import { ENGLISH_FINDINGS } from "./EnglishFindings";
import { formatWording } from "./FindingFormat";
import type { FindingCatalog } from "./FindingSlots";
import { FRENCH_FINDINGS } from "./FrenchFindings";
import { RUSSIAN_FINDINGS } from "./RussianFindings";
import { SPANISH_FINDINGS } from "./SpanishFindings";

/** The findings of decision 18/1 worded in each of the six languages. */
export const FINDING_CATALOGS: Readonly<Record<Language, FindingCatalog>> = {
  ar: ARABIC_FINDINGS,
  zh: CHINESE_FINDINGS,
  en: ENGLISH_FINDINGS,
  fr: FRENCH_FINDINGS,
  ru: RUSSIAN_FINDINGS,
  es: SPANISH_FINDINGS,
};

/**
 * A decision 18/1 finding's reason in the reader's language. A finding without a wording (one
 * read from an older record) keeps its English `reason`.
 * @example formatFindingIn(finding("podium-seats", "ok", ["panel", "podiumSeats"], { key: "podium.ok", values: {} }), "zh") // "主席台五个席位，每个区域组一个"
 */
export function formatFindingIn(finding: Decision18_1Finding, language: Language): string {
  return finding.wording === undefined ? finding.reason : formatWording(FINDING_CATALOGS[language], finding.wording);
}
