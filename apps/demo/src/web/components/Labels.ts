import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  AUDIENCE_LABELS,
  displayText,
  regionName,
  regionNameIn,
  type Language,
} from "@remit/core";
import { alpha2Of } from "../data/CountryCodes";

/** A kind of activity in words, in the reader's language. */
export function kindLabel(kind: string, language: Language): string {
  const label = ACTIVITY_KIND_LABELS[kind as keyof typeof ACTIVITY_KIND_LABELS];
  return label === undefined ? kind : displayText(label, [language]);
}

/** A topic in words. */
export function topicLabel(topic: string, language: Language): string {
  const label = ACTIVITY_TOPIC_LABELS[topic as keyof typeof ACTIVITY_TOPIC_LABELS];
  return label === undefined ? topic : displayText(label, [language]);
}

/** An audience in words. */
export function audienceLabel(audience: string, language: Language): string {
  const label = AUDIENCE_LABELS[audience as keyof typeof AUDIENCE_LABELS];
  return label === undefined ? audience : displayText(label, [language]);
}

/**
 * A country (alpha-3) or an M49 region code, named in the reader's language: a region as core's
 * `regionNameIn` names it (M49's own six-language names first), a country by Intl.
 */
export function placeName(code: string, language: Language): string {
  // Debian's Chromium names no M49 area, so a Chinese chart would read "Americas".
  if (/^\d{3}$/.test(code)) return regionNameIn(code, language);
  const names = new Intl.DisplayNames([language], { type: "region" });
  const named = names.of(alpha2Of(code) ?? code);
  return named === undefined || named === code ? (regionName(code) ?? code) : named;
}
