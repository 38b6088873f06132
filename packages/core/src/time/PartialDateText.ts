import type { Language } from "../text/Language";
import { formatPeriodIn } from "./PeriodInWords";

/**
 * A date as the record gives it (`2021`, `2021-05` or `2021-05-17`) written as a reader of a
 * language writes it, at the same precision (`formatPeriodIn`): "2021年5月17日",
 * "17 أيار/مايو 2021", "17 мая 2021 г.", "mayo de 2021", "1er mars 2021"; a year stays a year.
 * English keeps the record's ISO form, which tables, JSON and CSV share; a text that is not
 * such a date is returned as it is.
 * @example formatPartialDateIn("2021-05-17", "zh") // "2021年5月17日"
 */
export function formatPartialDateIn(date: string, language: Language): string {
  return language === "en" ? date : formatPeriodIn({ start: date }, language);
}

/**
 * A span of two dates as a reader of a language writes it in a table, each end whole so that
 * a column reads down: "2020年3月至2020年12月", "mars 2020 – décembre 2020"; one date when both
 * ends are the same; English keeps the record's "2020-03–2020-12".
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

/**
 * A moment of an audit trail (an ISO timestamp) as a reader reads it: the day as the language
 * writes it, then the UTC time ("2026年12月4日 21:43 UTC"); English keeps the stored ISO
 * timestamp, as JSON does.
 * @example formatTimestampIn("2026-12-04T21:43:07.120Z", "fr") // "4 décembre 2026 21:43 UTC"
 */
export function formatTimestampIn(at: string, language: Language): string {
  const moment = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u.exec(at);
  if (language === "en" || moment === null) return at;
  return `${formatPartialDateIn(moment[1] ?? "", language)} ${moment[2] ?? ""} UTC`;
}
