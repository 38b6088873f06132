import { FORMAT_RULE_MESSAGES } from "../rule/FormatRules";
import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";

/**
 * A calendar date known to the day, the month or only the year: "2020-07-27", "2020-12",
 * "2020". The seeds often give no more than a month or a year, and a made-up day is a defect.
 */
export const PartialDate = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: FORMAT_RULE_MESSAGES.date,
  }),
  z.refine(isRealDate, { message: "no such day in that month", params: rule("date.noSuchDay", {}) }),
);
/** A date known to the day, the month or the year. */
export type PartialDate = z.infer<typeof PartialDate>;

/** How precisely a partial date is known. */
export type DatePrecision = "year" | "month" | "day";

/** The precision of a partial date. */
export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** The days in a month of a year (month 1–12), by the Gregorian calendar: 29 in February 2020. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(value: string): boolean {
  if (value.length < 10) return true;
  const day = Number(value.slice(8));
  // Every month has 28 days: most dates are told without splitting the text or making a Date
  // (this runs for every date of every record an import reads).
  if (day <= 28) return true;
  return day <= daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

/** The first day a partial date may mean ("2020" -> "2020-01-01"). */
export function earliestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date may mean ("2020-02" -> "2020-02-29"). */
export function latestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number) as [number, number];
    return `${date}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
  }
  return date;
}

/** The calendar year of a partial date. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}
