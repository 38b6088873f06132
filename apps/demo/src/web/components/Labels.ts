import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  AUDIENCE_LABELS,
  displayText,
  regionName,
  regionNameIn,
  type Language,
  type Period,
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

/** A partial date as an instant and the parts its precision shows (a year, a month, a day). */
function dateOf(date: string): { readonly at: Date; readonly options: Intl.DateTimeFormatOptions } | undefined {
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) return undefined;
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: "long", timeZone: "UTC" }
      : month !== undefined
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  return { at, options };
}

/** The locale dates are written in: UN English writes the day first ("10 May 2021"), as British English. */
function dateLocale(language: Language): string {
  return language === "en" ? "en-GB" : language;
}

/**
 * A period in the reader's language, its two ends joined as the language joins a range
 * ("10 – 12 May 2021", "2021年5月10日至2021年5月12日"); a date alone when it is one.
 */
export function periodText(period: Period, language: Language): string {
  const start = dateOf(period.start);
  if (start === undefined) return period.start;
  const format = new Intl.DateTimeFormat(dateLocale(language), start.options);
  if (period.end === undefined || period.end === period.start) return format.format(start.at);
  const end = dateOf(period.end);
  if (end === undefined) return `${format.format(start.at)} – ${period.end}`;
  // Ends known to the same precision share their month and year in the range ("10–12 May");
  // otherwise each end is written whole.
  // ICU writes a Chinese range of days as numbers ("2021/5/10 – 2021/5/12"), so Chinese
  // joins the two dates with 至 itself.
  if (period.start.length === period.end.length && language !== "zh") return format.formatRange(start.at, end.at);
  if (language === "zh")
    return `${format.format(start.at)}至${new Intl.DateTimeFormat("zh", end.options).format(end.at)}`;
  const endFormat = new Intl.DateTimeFormat(dateLocale(language), end.options);
  return `${format.format(start.at)} – ${endFormat.format(end.at)}`;
}
