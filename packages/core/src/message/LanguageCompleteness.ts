import { LANGUAGES, type Language } from "../text/Language";

/** One translatable text of a record: where it is and the languages it has. */
export interface RecordText {
  readonly kind: string;
  readonly id: string;
  /** The path of the field in the record: "title", "asks.0.text", "schedule.venue.city". */
  readonly field: string;
  readonly languages: readonly Language[];
}

/** What one language lacks. */
export interface LanguageCompleteness {
  readonly language: Language;
  /** True when the report can be written in this language without a fallback. */
  readonly reportTemplates: boolean;
  /** Catalogs (by name) that have no messages in this language. */
  readonly catalogsMissing: readonly string[];
  readonly recordTexts: { readonly total: number; readonly present: number };
  /** The record texts that lack this language, record by record. */
  readonly missing: readonly RecordText[];
}

/** What `checkLanguages` looks at. */
export interface LanguageSources {
  /** The languages that have report templates. */
  readonly reportTemplates: readonly Language[];
  /** Message catalogs by name, each with the languages it has messages in. */
  readonly catalogs?: Readonly<Record<string, readonly Language[]>>;
  readonly recordTexts: readonly RecordText[];
}

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

/** A LocalizedText: a plain object whose keys are official languages and whose values are strings. */
function localizedLanguages(value: unknown): Language[] | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  const isText = entries.every(([key, text]) => LANGUAGE_SET.has(key) && typeof text === "string");
  return isText ? entries.filter(([, text]) => text !== "").map(([key]) => key as Language) : undefined;
}

/**
 * Every translatable text of a record, found by its shape (an object keyed by official
 * languages with string values) wherever it sits, so a new text field is checked without a
 * list to keep up to date.
 * @example recordTexts("activity", activity) // [{ kind: "activity", id, field: "title", languages: ["en", "zh"] }, …]
 */
export function recordTexts(kind: string, record: { readonly id: string }): RecordText[] {
  const found: RecordText[] = [];
  const walk = (value: unknown, path: string): void => {
    const languages = localizedLanguages(value);
    if (languages !== undefined) {
      found.push({ kind, id: record.id, field: path, languages });
      return;
    }
    if (Array.isArray(value))
      value.forEach((item, index) => walk(item, path === "" ? String(index) : `${path}.${index}`));
    else if (value !== null && typeof value === "object")
      for (const [key, item] of Object.entries(value)) walk(item, path === "" ? key : `${path}.${key}`);
  };
  walk(record, "");
  return found;
}

/**
 * Completeness at a glance, per official language: whether the report has templates in it,
 * which message catalogs lack it, and which record texts lack it.
 * @example checkLanguages({ reportTemplates: ["en", "zh"], recordTexts }).find((row) => row.language === "fr")?.missing
 */
export function checkLanguages(sources: LanguageSources): LanguageCompleteness[] {
  return LANGUAGES.map((language) => {
    const missing = sources.recordTexts.filter((text) => !text.languages.includes(language));
    return {
      language,
      reportTemplates: sources.reportTemplates.includes(language),
      catalogsMissing: Object.entries(sources.catalogs ?? {})
        .filter(([, languages]) => !languages.includes(language))
        .map(([name]) => name),
      recordTexts: { total: sources.recordTexts.length, present: sources.recordTexts.length - missing.length },
      missing,
    };
  });
}
