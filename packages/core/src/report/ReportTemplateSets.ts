import type { Result } from "../result/Result";
import type { Language } from "../text/Language";
import type { ReportTemplateSet } from "./ReportTemplates";

/** The templates a report in some language is written with, and whether they are a fallback. */
export interface ChosenTemplates {
  readonly templates: ReportTemplateSet;
  /** The language asked for. */
  readonly requested: Language;
  /** True when no set exists for `requested` and the fallback language's set is used instead. */
  readonly isFallback: boolean;
}

/** No report templates exist in the language asked for, and no fallback was named. */
export interface NoReportTemplates {
  readonly _tag: "NoReportTemplates";
  readonly language: Language;
  readonly available: readonly Language[];
  readonly message: string;
}

/**
 * The template set for a language; when there is none, the `fallback` language's set marked
 * `isFallback`, or without a fallback a `NoReportTemplates` error (a report silently written
 * in another language would be mistaken for the one asked for).
 * @example templatesFor("fr", CYBERCRIME_REPORT_CONTENT.templates, "en") // { ok: true, value: { templates: (the English set), requested: "fr", isFallback: true } }
 */
export function templatesFor(
  language: Language,
  sets: Readonly<Partial<Record<Language, ReportTemplateSet>>>,
  fallback?: Language,
): Result<ChosenTemplates, NoReportTemplates> {
  const own = sets[language];
  if (own !== undefined) return { ok: true, value: { templates: own, requested: language, isFallback: false } };
  const other = fallback === undefined ? undefined : sets[fallback];
  if (other !== undefined) return { ok: true, value: { templates: other, requested: language, isFallback: true } };
  const available = (Object.keys(sets) as Language[]).filter((key) => sets[key] !== undefined);
  return {
    ok: false,
    error: {
      _tag: "NoReportTemplates",
      language,
      available,
      message: `no report templates in ${language}${fallback === undefined ? "" : ` nor in the fallback ${fallback}`}; templates exist in ${available.join(", ")} (a fallback writes the report in one of them and marks every paragraph)`,
    },
  };
}
