import type { Result } from "../result/Result";
import type { Language } from "../text/Language";
import { missingTemplateKeys, type ReportOutlineKeys } from "./ReportOutlineKeys";
import type { ReportTemplateSet } from "./ReportTemplates";

/** The templates a report in some language is written with, and whether they are a fallback. */
export interface ChosenTemplates {
  readonly templates: ReportTemplateSet;
  /** The language asked for. */
  readonly requested: Language;
  /** True when no set exists for `requested` and the fallback language's set is used instead. */
  readonly isFallback: boolean;
}

/**
 * No complete report templates exist in the language asked for (nor in the fallback named):
 * none at all, or a set that lacks headings or sentences the outline uses (`incomplete`).
 */
export interface NoReportTemplates {
  readonly _tag: "NoReportTemplates";
  readonly language: Language;
  /** The languages with a complete set. */
  readonly available: readonly Language[];
  /** The sets that exist but lack keys of the outline, with what each lacks ("heading capacity.crypto"). */
  readonly incomplete?: readonly { readonly language: Language; readonly missing: readonly string[] }[];
  readonly message: string;
}

/**
 * The template set for a language; when there is none, the `fallback` language's set marked
 * `isFallback`, or without a fallback a `NoReportTemplates` error (a report silently written
 * in another language would be mistaken for the one asked for). Given the outline's `keys`
 * (`reportOutlineKeys`), a set that lacks any of them counts as none, and the error says what
 * it lacks.
 * @example templatesFor("fr", CYBERCRIME_REPORT_CONTENT.templates, "en") // { ok: true, value: { templates: (the English set), requested: "fr", isFallback: true } }
 */
export function templatesFor(
  language: Language,
  sets: Readonly<Partial<Record<Language, ReportTemplateSet>>>,
  fallback?: Language,
  keys?: ReportOutlineKeys,
): Result<ChosenTemplates, NoReportTemplates> {
  const lacks = (set: ReportTemplateSet): string[] => {
    if (keys === undefined) return [];
    const missing = missingTemplateKeys(set, keys);
    return [...missing.headings.map((key) => `heading ${key}`), ...missing.sentences.map((key) => `sentence ${key}`)];
  };
  const usable = (candidate: Language | undefined): ReportTemplateSet | undefined => {
    const set = candidate === undefined ? undefined : sets[candidate];
    return set !== undefined && lacks(set).length === 0 ? set : undefined;
  };
  const own = usable(language);
  if (own !== undefined) return { ok: true, value: { templates: own, requested: language, isFallback: false } };
  const other = usable(fallback);
  if (other !== undefined) return { ok: true, value: { templates: other, requested: language, isFallback: true } };
  const present = (Object.keys(sets) as Language[]).filter((key) => sets[key] !== undefined);
  const available = present.filter((key) => usable(key) !== undefined);
  const incomplete = [language, ...(fallback === undefined || fallback === language ? [] : [fallback])].flatMap(
    (key) => {
      const set = sets[key];
      const missing = set === undefined ? [] : lacks(set);
      return missing.length === 0 ? [] : [{ language: key, missing }];
    },
  );
  const lacking = incomplete.map((entry) => `the ${entry.language} set lacks ${entry.missing.join(", ")}`).join("; ");
  return {
    ok: false,
    error: {
      _tag: "NoReportTemplates",
      language,
      available,
      ...(incomplete.length > 0 ? { incomplete } : {}),
      message: `no report templates in ${language}${fallback === undefined ? "" : ` nor in the fallback ${fallback}`}${incomplete.length > 0 ? ` that write every heading and sentence the outline uses (${lacking}: add them; reportContentProblems lists them)` : ""}; complete templates exist in ${available.join(", ")} (a fallback writes the report in one of them and marks every paragraph)`,
    },
  };
}
