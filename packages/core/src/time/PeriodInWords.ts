import { ARABIC_MONTHS } from "../text/ArabicWords";
import { daysInMonth } from "./PartialDate";
import type { Language } from "../text/Language";

/** A date or a period with partial dates, as records give them ("2020", "2020-02", "2020-02-10"). */
export interface DatedSpan {
  readonly start: string;
  readonly end?: string | undefined;
}

/** How much of a date a record gives: a year ("2020"), a month ("2020-02") or a day ("2020-02-10"). */
type Precision = 1 | 2 | 3;

/** A partial date's numbers, year first, as many as it gives; undefined for text that is no such date. */
function partsOf(date: string): readonly number[] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  if (match === null) return undefined;
  const parts = match.slice(1).flatMap((part) => (part === undefined ? [] : [Number(part)]));
  const [, month = 1, day = 1] = parts;
  return month < 1 || month > 12 || day < 1 || day > 31 ? undefined : parts;
}

/** The date as an instant at noon UTC of its first day, which every time zone writes as the same day. */
function instantOf(parts: readonly number[]): Date {
  return new Date(Date.UTC(parts[0] ?? 0, (parts[1] ?? 1) - 1, parts[2] ?? 1, 12));
}

/**
 * The end of a period written to a finer precision than it was given, so that both ends read
 * alike: a period from February 2020 to 2020 ends in December 2020 ("February – December
 * 2020", never "February 2020 – 2020"); the last day of a month is the calendar's.
 */
function widened(parts: readonly number[], precision: Precision, end: boolean): readonly number[] {
  const [year = 0, month, day] = parts;
  const widenedMonth = month ?? (end ? 12 : 1);
  if (precision === 2) return [year, widenedMonth];
  return [year, widenedMonth, day ?? (end ? daysInMonth(year, widenedMonth) : 1)];
}

/** UN English writes the day first ("10 May 2021"), as British English does. */
function dateFormat(language: Language, precision: Precision, fields = true): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    precision === 3
      ? { year: "numeric", month: "long", day: "numeric" }
      : precision === 2
        ? { year: "numeric", month: "long" }
        : { year: "numeric" };
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    ...(fields ? options : { month: "long" }),
    timeZone: "UTC",
  });
}

/**
 * A Chinese range, the end written from its first part that differs from the start, joined
 * with 至 ("2020年2月至12月", "2021年5月10日至12日"): ICU writes a Chinese range as numbers
 * ("2020/2 – 2020/12").
 */
function chineseRange(start: readonly number[], end: readonly number[], precision: Precision): string {
  const format = dateFormat("zh", precision);
  const same = start.findIndex((part, index) => part !== end[index]);
  const endParts = format.formatToParts(instantOf(end));
  const fields: readonly Intl.DateTimeFormatPartTypes[] = ["year", "month", "day"];
  const from = endParts.findIndex((part) => part.type === fields[same]);
  return `${format.format(instantOf(start))}至${endParts
    .slice(Math.max(from, 0))
    .map((part) => part.value)
    .join("")}`;
}

/**
 * A Russian range of months of one year, the year written once ("февраль – декабрь 2020 г."):
 * ICU repeats it. The months are named as a month alone is (the nominative), as Russian
 * writes them in a range.
 */
function russianMonths(start: readonly number[], end: readonly number[]): string {
  return `${dateFormat("ru", 2, false).format(instantOf(start))}\u2009–\u2009${dateFormat("ru", 2).format(instantOf(end))}`;
}

/** ICU's Arabic month names ("فبراير"), found by one pattern so that each is replaced once. */
let icuArabicMonths: { readonly pattern: RegExp; readonly index: ReadonlyMap<string, number> } | undefined;

/**
 * An Arabic date with its months named as UN Arabic names them (core's `ARABIC_MONTHS`, the
 * Levantine name and then the other, "شباط/فبراير"): ICU writes only the second, and spells
 * two of them otherwise (يونيو, يوليو where the UN writes يونيه, يوليه).
 */
function withUnArabicMonths(text: string): string {
  if (icuArabicMonths === undefined) {
    const month = dateFormat("ar", 2, false);
    const names = Array.from({ length: 12 }, (_, index) => month.format(new Date(Date.UTC(2020, index, 15))));
    icuArabicMonths = {
      pattern: new RegExp([...names].sort((a, b) => b.length - a.length).join("|"), "gu"),
      index: new Map(names.map((name, index) => [name, index])),
    };
  }
  const { pattern, index } = icuArabicMonths;
  return text.replace(pattern, (name) => ARABIC_MONTHS[index.get(name) ?? -1] ?? name);
}

/** One date at its own precision; French writes the first of a month as an ordinal ("1er mars 2021"). */
function oneDate(parts: readonly number[], language: Language, precision = parts.length as Precision): string {
  const written = dateFormat(language, precision).format(instantOf(parts));
  return language === "fr" && precision === 3 && parts[2] === 1 ? written.replace(/^1 /u, "1er ") : written;
}

function spanIn(span: DatedSpan, language: Language): string {
  const start = partsOf(span.start);
  if (start === undefined) return span.start;
  const end = span.end === undefined || span.end === span.start ? undefined : partsOf(span.end);
  if (end === undefined) {
    const alone = oneDate(start, language);
    return span.end === undefined || span.end === span.start ? alone : `${alone} – ${span.end}`;
  }
  const precision = Math.max(start.length, end.length) as Precision;
  const from = widened(start, precision, false);
  const to = widened(end, precision, true);
  if (from.every((part, index) => part === to[index])) return oneDate(from, language, precision);
  if (language === "zh") return chineseRange(from, to, precision);
  if (language === "ru" && precision === 2 && from[0] === to[0]) return russianMonths(from, to);
  // UN English writes a range of years closed up ("2019–2021"), as ICU writes the other languages'.
  if (precision === 1) return `${oneDate(from, language, 1)}–${oneDate(to, language, 1)}`;
  return dateFormat(language, precision).formatRange(instantOf(from), instantOf(to));
}

/**
 * A date or a period as a reader of a language writes it in running text: a date at its own
 * precision ("February 2020", "2020年2月", "1er mars 2021"), or a range whose two ends share
 * what they have in common ("February – December 2020", "2020年2月至12月", "10–12 mai 2021",
 * "2019–2021"); Arabic months as UN Arabic names them ("شباط/فبراير"). Ends given to
 * different precisions are read at the finer one: "2020-02" to "2020" is February to
 * December 2020. A text that is no such date is returned as it is.
 * @example formatPeriodIn({ start: "2020-02", end: "2020-12" }, "zh") // "2020年2月至12月"
 */
export function formatPeriodIn(span: DatedSpan, language: Language): string {
  const text = spanIn(span, language);
  return language === "ar" ? withUnArabicMonths(text) : text;
}
