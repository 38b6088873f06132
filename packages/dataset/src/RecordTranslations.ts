import type { Language } from "@remit/core";
import arabic from "../data/translations/ar.json";
import spanish from "../data/translations/es.json";
import french from "../data/translations/fr.json";
import russian from "../data/translations/ru.json";

/** One record text in another language, with the English it was translated from. */
export interface TranslatedText {
  /** The English the translation was made from; when the record's English changes, the translation is stale. */
  readonly en: string;
  /** The Chinese of the seed, kept beside it so a translator can check the scope. */
  readonly zh?: string;
  /** The translation; empty while not yet translated. */
  readonly text: string;
}

/**
 * The project's translations of the records' texts into one language, keyed by
 * `<data file>#<record id>/<field path>` (e.g. `mandates.json#ga-res-74-173/provisions/0/ask`).
 * `status` says what kind of translation it is: these are working translations made for Remit,
 * not texts the United Nations issued.
 */
export interface RecordTranslation {
  readonly language: Language;
  readonly status: string;
  readonly texts: Readonly<Record<string, TranslatedText>>;
}

/** The translation files under `data/translations/`, one per language the seeds do not hold. */
export const RECORD_TRANSLATIONS: readonly RecordTranslation[] = [
  arabic as RecordTranslation,
  french as RecordTranslation,
  russian as RecordTranslation,
  spanish as RecordTranslation,
];

/** A translation entry that was not applied, and why. */
export interface TranslationProblem {
  readonly language: Language;
  readonly key: string;
  readonly reason: string;
}

interface Placement {
  readonly language: Language;
  readonly key: string;
  readonly path: readonly string[];
  readonly entry: TranslatedText;
}

const LANGUAGE_KEYS = new Set(["ar", "zh", "en", "fr", "ru", "es"]);

function isLocalizedText(value: unknown): value is Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LANGUAGE_KEYS.has(key));
}

/** Splits `file#id/a/0/b` into its parts; undefined when the key has no `#`. */
function parseKey(key: string): { file: string; id: string; path: string[] } | undefined {
  const hash = key.indexOf("#");
  if (hash < 0) return undefined;
  const [id = "", ...path] = key.slice(hash + 1).split("/");
  return { file: key.slice(0, hash), id, path };
}

function placementsByFile(translations: readonly RecordTranslation[]): Map<string, Map<string, Placement[]>> {
  const byFile = new Map<string, Map<string, Placement[]>>();
  for (const translation of translations) {
    for (const [key, entry] of Object.entries(translation.texts)) {
      const parsed = parseKey(key);
      if (parsed === undefined) continue;
      const byId = byFile.get(parsed.file) ?? new Map<string, Placement[]>();
      byFile.set(parsed.file, byId);
      const placements = byId.get(parsed.id) ?? [];
      byId.set(parsed.id, placements);
      placements.push({ language: translation.language, key, path: parsed.path, entry });
    }
  }
  return byFile;
}

function textAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const part of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Why a placement cannot be applied to a record, or undefined when it can. */
function placementProblem(record: unknown, placement: Placement): string | undefined {
  const target = textAt(record, placement.path);
  if (!isLocalizedText(target)) return "the record has no localized text at this path";
  if (target[placement.language] !== undefined) return `the record already holds a ${placement.language} text here`;
  if (target.en !== placement.entry.en) return "stale: the record's English has changed since this was translated";
  if (placement.entry.text.trim() === "") return "not translated yet";
  return undefined;
}

function fileName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

/**
 * The records of a data file with the translations into their texts: each text gains the
 * languages translated for it. A translation whose English no longer matches the record's is
 * left out rather than shown beside a text it no longer translates; {@link translationProblems}
 * lists it. Records without translations are returned as they are; the others are copies.
 * @example translatedRecords("data/mandates.json", mandates)
 */
export function translatedRecords(
  file: string,
  records: readonly unknown[],
  translations: readonly RecordTranslation[] = RECORD_TRANSLATIONS,
): unknown[] {
  const byId = placementsByFile(translations).get(fileName(file));
  if (byId === undefined) return [...records];
  return records.map((record) => {
    const id = (record as { readonly id?: unknown } | null)?.id;
    const placements = typeof id === "string" ? byId.get(id) : undefined;
    if (placements === undefined) return record;
    const copy = structuredClone(record);
    for (const placement of placements) {
      if (placementProblem(copy, placement) !== undefined) continue;
      (textAt(copy, placement.path) as Record<string, string>)[placement.language] = placement.entry.text;
    }
    return copy;
  });
}

/**
 * The translations of keyed objects (`{ "<name>": { … } }`, as the report narratives are kept):
 * the key stands where a record's id does.
 */
export function translatedEntries<T>(
  file: string,
  entries: Readonly<Record<string, T>>,
  translations: readonly RecordTranslation[] = RECORD_TRANSLATIONS,
): Record<string, T> {
  const asRecords = Object.entries(entries).map(([id, value]) => ({ id, value }));
  const shifted = translations.map((translation) => ({
    ...translation,
    texts: Object.fromEntries(
      Object.entries(translation.texts).map(([key, entry]) => {
        const parsed = parseKey(key);
        return [parsed === undefined ? key : `${parsed.file}#${parsed.id}/value/${parsed.path.join("/")}`, entry];
      }),
    ),
  }));
  const translated = translatedRecords(file, asRecords, shifted) as { id: string; value: T }[];
  return Object.fromEntries(translated.map(({ id, value }) => [id, value]));
}

/**
 * Every translation entry that does not reach a record text: an unknown file, record or path,
 * a language the record already has, an English that has changed since, or a text not yet
 * translated. An empty list means every translation is in place.
 * @example translationProblems(DATASET_FILES, { "report-narratives.json": narratives })
 */
export function translationProblems(
  files: readonly { readonly file: string; readonly records: readonly unknown[] }[],
  keyed: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {},
  translations: readonly RecordTranslation[] = RECORD_TRANSLATIONS,
): TranslationProblem[] {
  const records = new Map<string, Map<string, unknown>>();
  for (const { file, records: list } of files) {
    records.set(
      fileName(file),
      new Map(list.map((record) => [String((record as { readonly id?: unknown } | null)?.id), record])),
    );
  }
  for (const [file, entries] of Object.entries(keyed)) records.set(fileName(file), new Map(Object.entries(entries)));
  const problems: TranslationProblem[] = [];
  for (const translation of translations) {
    for (const [key, entry] of Object.entries(translation.texts)) {
      const parsed = parseKey(key);
      const record = parsed === undefined ? undefined : records.get(parsed.file)?.get(parsed.id);
      const reason =
        parsed === undefined || record === undefined
          ? "no record has this file and id"
          : placementProblem(record, { language: translation.language, key, path: parsed.path, entry });
      if (reason !== undefined) problems.push({ language: translation.language, key, reason });
    }
  }
  return problems;
}
