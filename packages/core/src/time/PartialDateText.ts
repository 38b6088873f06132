import { ARABIC_MONTHS } from "../text/ArabicWords";
import type { Language } from "../text/Language";

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

function intlDate(language: Language, year: number, month: number, day: number | undefined): string {
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", timeZone: "UTC" };
  const written = new Intl.DateTimeFormat(
    language,
    day === undefined ? options : { ...options, day: "numeric" },
  ).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
  // French writes the first of the month as an ordinal: "1er mars 2021".
  return language === "fr" && day === 1 ? written.replace(/^1 /u, "1er ") : written;
}

/**
 * A date as the record gives it (`2021`, `2021-05` or `2021-05-17`) written as a reader of a
 * language writes it, at the same precision: "2021年5月17日", "17 أيار/مايو 2021",
 * "17 мая 2021 г.", "mayo de 2021", "1er mars 2021"; a year stays a year. English keeps the
 * record's ISO form, which tables, JSON and CSV share; a text that is not such a date is
 * returned as it is.
 * @example formatPartialDateIn("2021-05-17", "zh") // "2021年5月17日"
 */
export function formatPartialDateIn(date: string, language: Language): string {
  const parts = PARTS.exec(date);
  if (language === "en" || parts === null) return date;
  const [, yearText = "", monthText, dayText] = parts;
  const year = Number(yearText);
  if (monthText === undefined) return language === "zh" ? `${yearText}年` : yearText;
  const month = Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month < 1 || month > 12) return date;
  switch (language) {
    case "zh":
      return `${yearText}年${month}月${day === undefined ? "" : `${day}日`}`;
    case "ar":
      return `${day === undefined ? "" : `${day} `}${ARABIC_MONTHS[month - 1] ?? ""} ${yearText}`;
    default:
      return intlDate(language, year, month, day);
  }
}

/**
 * A span of two dates as a reader of a language writes it in a table: "2020年3月至2020年12月",
 * "mars 2020 – décembre 2020"; one date when both ends are the same; English keeps the
 * record's "2020-03–2020-12".
 * @example formatDateSpanIn("2018", "2020", "zh") // "2018年至2020年"
 */
export function formatDateSpanIn(start: string, end: string | undefined, language: Language): string {
  if (end === undefined || end === start) return formatPartialDateIn(start, language);
  if (language === "en") return `${start}–${end}`;
  const from = formatPartialDateIn(start, language);
  const to = formatPartialDateIn(end, language);
  if (language === "zh") return `${from}至${to}`;
  // Ends that are bare years join closely, as "2018–2020"; written dates with a spaced dash.
  return /\s/u.test(from + to) ? `${from} – ${to}` : `${from}–${to}`;
}
