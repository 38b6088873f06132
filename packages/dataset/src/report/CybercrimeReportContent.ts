import type { Language, ReportContent, ReportTemplateSet } from "@remit/core";
import { REPORT_2021_NARRATIVES } from "../ReportNarratives";
import { ARABIC_REPORT_TEMPLATES } from "./ArabicReportTemplates";
import { CHINESE_REPORT_TEMPLATES } from "./ChineseReportTemplates";
import { CYBERCRIME_REPORT_OUTLINE } from "./CybercrimeReportOutline";
import { ENGLISH_REPORT_TEMPLATES } from "./EnglishReportTemplates";
import { FRENCH_REPORT_TEMPLATES } from "./FrenchReportTemplates";
import { RUSSIAN_REPORT_TEMPLATES } from "./RussianReportTemplates";
import { SPANISH_REPORT_TEMPLATES } from "./SpanishReportTemplates";

/** The cybercrime report's template sets in the six official languages, by language. */
export const CYBERCRIME_REPORT_TEMPLATES: Readonly<Partial<Record<Language, ReportTemplateSet>>> = {
  ar: ARABIC_REPORT_TEMPLATES,
  en: ENGLISH_REPORT_TEMPLATES,
  zh: CHINESE_REPORT_TEMPLATES,
  fr: FRENCH_REPORT_TEMPLATES,
  ru: RUSSIAN_REPORT_TEMPLATES,
  es: SPANISH_REPORT_TEMPLATES,
};

/**
 * Everything the 2021 report of the Secretary-General on technical assistance against
 * cybercrime is written from besides the records: its outline, its templates in the six
 * official languages, and the texts of the paragraphs no record holds (¶6, ¶37–39).
 * @example buildReport({ symbol: "A/RES/74/173", period: { start: "2020" }, records, language: "fr", content: CYBERCRIME_REPORT_CONTENT })
 */
export const CYBERCRIME_REPORT_CONTENT: ReportContent = {
  outline: CYBERCRIME_REPORT_OUTLINE,
  templates: CYBERCRIME_REPORT_TEMPLATES,
  narratives: REPORT_2021_NARRATIVES,
};
