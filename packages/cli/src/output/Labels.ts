import { SUMMARY_COLUMN_LABELS, display, type SummaryColumnKey } from "@remit/core";
import { ENGLISH_CLI_MESSAGES } from "../messages/en";
import { sayPlain, type PlainMessageKey } from "../messages/CliMessage";
import type { UiLanguage } from "./UiLanguage";

/**
 * The words of the CLI's own tables: column headings and the outcomes of a check, worded by
 * the CLI's catalogs (`label.…`) in the six official languages. Data (titles, vocabularies)
 * comes localized from the records and core's label tables, the headings of a record summary
 * from core's `SUMMARY_COLUMN_LABELS`; these are only the frame around them.
 */
export type LabelKey = { [K in PlainMessageKey]: K extends `label.${infer Key}` ? Key : never }[PlainMessageKey];

function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(ENGLISH_CLI_MESSAGES.messages, `label.${key}`);
}

/**
 * A label in the reader's language.
 * @example label("violation", "fr") // "non conforme"
 */
export function label(key: LabelKey, language: UiLanguage): string {
  return sayPlain(language, `label.${key}`);
}

/** Table headings are upper-cased where the script has case (Latin, Cyrillic); a summary's column as core heads it. */
export function heading(key: LabelKey | SummaryColumnKey, language: UiLanguage): string {
  const text = isLabelKey(key) ? label(key, language) : display(SUMMARY_COLUMN_LABELS[key], [language]).text;
  return text.toLocaleUpperCase(language);
}
