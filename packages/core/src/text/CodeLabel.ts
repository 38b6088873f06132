import type { Language } from "./Language";
import { displayText, type LocalizedText } from "./LocalizedText";

/**
 * A code in words from one of core's tables of labels (`ACTIVITY_KIND_LABELS`,
 * `ENTITY_KIND_LABELS` …), in the reader's language or the nearest one the label has; a code
 * the table does not know (a record written by a newer version) stays as it is.
 * @example codeLabelIn(ACTIVITY_TOPIC_LABELS, "cryptocurrency", "fr") // "cryptomonnaies"
 */
export function codeLabelIn(labels: Readonly<Record<string, LocalizedText>>, code: string, language: Language): string {
  const label = Object.hasOwn(labels, code) ? labels[code] : undefined;
  return label === undefined ? code : displayText(label, [language]);
}
