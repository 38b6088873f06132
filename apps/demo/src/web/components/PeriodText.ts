import { ARABIC_MONTHS, type Language, type Period } from "@remit/core";

/** How much of a date a record gives: a year ("2020"), a month ("2020-02") or a day ("2020-02-10"). */
type Precision = 1 | 2 | 3;

/** A partial date's numbers, year first, as many as it gives. */
function partsOf(date: string): readonly number[] | undefined {
  const parts = date.split("-").map(Number);
  return parts.length > 3 || parts.some((part) => !Number.isInteger(part)) ? undefined : parts;
}

/** The date as an instant at noon UTC of its first day, which every time zone writes as the same day. */
function instantOf(parts: readonly number[]): Date {
  return new Date(Date.UTC(parts[0]!, (parts[1] ?? 1) - 1, parts[2] ?? 1, 12));
}

/**
 * The end of a period written to a finer precision than it was given, so that both ends read
 * alike: a period from February 2020 to 2020 ends in December 2020 ("February – December
 * 2020", never "February 2020 – 2020"); the last day of a month is the calendar's.
 */
function widened(parts: readonly number[], precision: Precision, end: boolean): readonly number[] {
  const [year, month, day] = parts;
  const widenedMonth = month ?? (end ? 12 : 1);
  if (precision === 2) return [year!, widenedMonth];
  const lastDay = new Date(Date.UTC(year!, widenedMonth, 0)).getUTCDate();
  return [year!, widenedMonth, day ?? (end ? lastDay : 1)];
}

function optionsOf(precision: Precision): Intl.DateTimeFormatOptions {
  const fields: Intl.DateTimeFormatOptions =
    precision === 3
      ? { year: "numeric", month: "long", day: "numeric" }
      : precision === 2
        ? { year: "numeric", month: "long" }
        : { year: "numeric" };
  return { ...fields, timeZone: "UTC" };
}

/** The locale dates are written in: UN English writes the day first ("10 May 2021"), as British English. */
function localeOf(language: Language): string {
  return language === "en" ? "en-GB" : language;
}

/**
 * A Chinese range, the end written from its first part that differs from the start, joined
 * with 至 ("2020年2月至12月", "2021年5月10日至12日"): ICU writes a Chinese range as numbers
 * ("2020/2 – 2020/12").
 */
function chineseRange(start: readonly number[], end: readonly number[], precision: Precision): string {
  const format = new Intl.DateTimeFormat("zh", optionsOf(precision));
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
 * ICU repeats it ("февраль 2020 г. – декабрь 2020 г."). The months are named as a month alone
 * is (the nominative), as Russian writes them in a range.
 */
function russianMonths(start: readonly number[], end: readonly number[]): string {
  const month = new Intl.DateTimeFormat("ru", { month: "long", timeZone: "UTC" });
  const monthAndYear = new Intl.DateTimeFormat("ru", optionsOf(2));
  return `${month.format(instantOf(start))}\u2009–\u2009${monthAndYear.format(instantOf(end))}`;
}

/** ICU's Arabic month names ("فبراير"), found by one pattern so that each is replaced once. */
let icuArabicMonths: { readonly pattern: RegExp; readonly index: ReadonlyMap<string, number> } | undefined;

/**
 * An Arabic date with its months named as UN Arabic names them, the Levantine name and then
 * the other ("شباط/فبراير"): ICU writes only the second, and spells two of them otherwise
 * (يونيو, يوليو where the UN writes يونيه, يوليه).
 */
function withUnArabicMonths(text: string): string {
  if (icuArabicMonths === undefined) {
    const month = new Intl.DateTimeFormat("ar", { month: "long", timeZone: "UTC" });
    const names = Array.from({ length: 12 }, (_, index) => month.format(new Date(Date.UTC(2020, index, 15))));
    icuArabicMonths = {
      pattern: new RegExp([...names].sort((a, b) => b.length - a.length).join("|"), "gu"),
      index: new Map(names.map((name, index) => [name, index])),
    };
  }
  const { pattern, index } = icuArabicMonths;
  return text.replace(pattern, (name) => ARABIC_MONTHS[index.get(name) ?? -1] ?? name);
}

/**
 * A period in the reader's language, as a date ("February 2020", "2020年2月") or a range whose
 * two ends share what they have in common ("February – December 2020", "2020年2月至12月",
 * "10–12 mai 2021", "2019–2021"). Ends given to different precisions are read at the finer one:
 * "2020-02" to "2020" is February to December 2020.
 */
export function periodText(period: Period, language: Language): string {
  return language === "ar" ? withUnArabicMonths(periodIn(period, language)) : periodIn(period, language);
}

function periodIn(period: Period, language: Language): string {
  const start = partsOf(period.start);
  if (start === undefined) return period.start;
  const end = period.end === undefined || period.end === period.start ? undefined : partsOf(period.end);
  if (end === undefined) {
    const alone = new Intl.DateTimeFormat(localeOf(language), optionsOf(start.length as Precision));
    return period.end === undefined || period.end === period.start
      ? alone.format(instantOf(start))
      : `${alone.format(instantOf(start))} – ${period.end}`;
  }
  const precision = Math.max(start.length, end.length) as Precision;
  const from = widened(start, precision, false);
  const to = widened(end, precision, true);
  if (from.every((part, index) => part === to[index]))
    return new Intl.DateTimeFormat(localeOf(language), optionsOf(precision)).format(instantOf(from));
  if (language === "zh") return chineseRange(from, to, precision);
  if (language === "ru" && precision === 2 && from[0] === to[0]) return russianMonths(from, to);
  // UN English writes a range of years closed up ("2019–2021"), as ICU writes the other languages'.
  if (precision === 1) {
    const year = new Intl.DateTimeFormat(localeOf(language), optionsOf(1));
    return `${year.format(instantOf(from))}–${year.format(instantOf(to))}`;
  }
  return new Intl.DateTimeFormat(localeOf(language), optionsOf(precision)).formatRange(instantOf(from), instantOf(to));
}
