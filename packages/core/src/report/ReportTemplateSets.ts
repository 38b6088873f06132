import type { Language } from "../text/Language";
import { CHINESE_REPORT_TEMPLATES } from "./ChineseReportTemplates";
import { ENGLISH_REPORT_TEMPLATES } from "./EnglishReportTemplates";
import type { ReportTemplateSet } from "./ReportTemplates";

/**
 * The template sets by language. English and Chinese exist; Arabic, French, Russian and
 * Spanish have a slot each and fall back to English until a set is written for them.
 */
export const REPORT_TEMPLATES: Readonly<Partial<Record<Language, ReportTemplateSet>>> = {
  en: ENGLISH_REPORT_TEMPLATES,
  zh: CHINESE_REPORT_TEMPLATES,
};

/** The templates a report in some language is written with, and whether they are a fallback. */
export interface ChosenTemplates {
  readonly templates: ReportTemplateSet;
  /** The language asked for. */
  readonly requested: Language;
  /** True when no set exists for `requested` and English is used instead. */
  readonly isFallback: boolean;
}

/**
 * The template set for a language, or the English one with `isFallback` when there is none.
 * @example templatesFor("fr") // { templates: ENGLISH_REPORT_TEMPLATES, requested: "fr", isFallback: true }
 */
export function templatesFor(
  language: Language,
  sets: Readonly<Partial<Record<Language, ReportTemplateSet>>> = REPORT_TEMPLATES,
): ChosenTemplates {
  const own = sets[language];
  if (own !== undefined) return { templates: own, requested: language, isFallback: false };
  return { templates: sets.en ?? ENGLISH_REPORT_TEMPLATES, requested: language, isFallback: true };
}
