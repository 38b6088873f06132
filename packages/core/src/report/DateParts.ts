import type { PartialDate } from "../time/PartialDate";

/** A partial date split into numbers: the month and day only when the date states them. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/**
 * Splits a partial date ("2020", "2020-12", "2020-07-27") into its numbers.
 * @example dateParts("2020-07-27") // { year: 2020, month: 7, day: 27 }
 */
export function dateParts(date: PartialDate): DateParts {
  const [year, month, day] = date.split("-").map(Number);
  return {
    year: year ?? 0,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

/** How a span's two ends relate, which decides what a span formatter may leave out of the start. */
export type SpanShape = "single" | "same-month" | "same-year" | "apart";

/**
 * The shape of a span: one date (`single`), two days of one month ("6–8 April 2020"), two
 * dates of one year ("27 July–2 August 2020"), or anything else.
 */
export function spanShape(start: DateParts, end: DateParts | undefined): SpanShape {
  if (end === undefined) return "single";
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (sameDay) return "single";
  if (start.day !== undefined && end.day !== undefined && start.year === end.year && start.month === end.month) {
    return "same-month";
  }
  if (start.month !== undefined && end.month !== undefined && start.year === end.year) return "same-year";
  return "apart";
}
