import { describeDatesInEnglish } from "./SessionDatesText";
import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { PartialDate, earliestDay, latestDay, precisionOf } from "../time/PartialDate";
import { Period } from "../time/Period";

const DurationDays = z.int().check(z.positive(), z.lte(366));

/**
 * Dates that are known: a {@link Period} of partial dates. A period known only to the month
 * (`{ start: "2020-08" }`) is how "due August 2020" is recorded; `durationDays` keeps a length
 * that is stated without the days ("a three-day organizational session").
 * @example PeriodDates.parse({ kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } })
 */
export const PeriodDates = z
  .strictObject({
    kind: z.literal("period"),
    period: Period,
    durationDays: z.optional(DurationDays),
  })
  .check(
    z.refine(
      (dates) => {
        const { start, end } = dates.period;
        if (dates.durationDays === undefined || end === undefined) return true;
        if (precisionOf(start) !== "day" || precisionOf(end) !== "day") return true;
        return daysBetween(start, end) + 1 === dates.durationDays;
      },
      {
        message: "durationDays disagrees with the period's first and last day",
        params: rule("sessionDates.durationMismatch", {}),
        path: ["durationDays"],
      },
    ),
  );
/** Dates known as a period, to the day, month or year. */
export type PeriodDates = z.infer<typeof PeriodDates>;

/**
 * Dates known only by a bound: "at the earliest date possible but no later than 1 March 2021"
 * is `{ kind: "bound", notAfter: "2021-03-01" }`. At least one bound is required; both bounds
 * apply to the opening day.
 */
export const BoundDates = z
  .strictObject({
    kind: z.literal("bound"),
    notBefore: z.optional(PartialDate),
    notAfter: z.optional(PartialDate),
    durationDays: z.optional(DurationDays),
  })
  .check(
    z.refine((dates) => dates.notBefore !== undefined || dates.notAfter !== undefined, {
      message: 'a bound needs notBefore, notAfter or both; use { kind: "unknown" } when there is none',
      params: rule("sessionDates.noBound", {}),
    }),
    z.refine(
      (dates) =>
        dates.notBefore === undefined ||
        dates.notAfter === undefined ||
        earliestDay(dates.notBefore) <= latestDay(dates.notAfter),
      { message: "notBefore is after notAfter", params: rule("sessionDates.boundsReversed", {}), path: ["notAfter"] },
    ),
  );
/** Dates known only by a lower and/or upper bound on the opening day. */
export type BoundDates = z.infer<typeof BoundDates>;

/** Dates not known at all (postponed without a new date, or not yet set). */
export const UnknownDates = z.strictObject({
  kind: z.literal("unknown"),
  durationDays: z.optional(DurationDays),
});
/** Dates not known at all. */
export type UnknownDates = z.infer<typeof UnknownDates>;

/**
 * When a session or meeting takes place, as precisely as a document says it: a period (to the
 * day, month or year), a bound on the opening day, or unknown.
 * @example
 * SessionDates.parse({ kind: "period", period: { start: "2020-08" }, durationDays: 3 }) // "due August 2020", 3 days
 * SessionDates.parse({ kind: "bound", notAfter: "2021-03-01" }) // "no later than 1 March 2021"
 */
export const SessionDates = z.discriminatedUnion("kind", [PeriodDates, BoundDates, UnknownDates]);
/** When a session takes place, as precisely as it is known. */
export type SessionDates = z.infer<typeof SessionDates>;

/**
 * The days on which a session may open (ISO `YYYY-MM-DD`), as far as its dates tell. A missing
 * side means no limit is known on that side; both missing means nothing is known.
 */
export interface OpeningWindow {
  readonly earliest?: string;
  readonly latest?: string;
}

/**
 * The range of possible opening days of a session.
 * @example openingWindow({ kind: "period", period: { start: "2020-08" } }) // { earliest: "2020-08-01", latest: "2020-08-31" }
 */
export function openingWindow(dates: SessionDates): OpeningWindow {
  switch (dates.kind) {
    case "period": {
      const { start, end } = dates.period;
      const latestStart = latestDay(start);
      // A session cannot open after it ends, which narrows a month-precision start.
      const latest = end !== undefined && latestDay(end) < latestStart ? latestDay(end) : latestStart;
      return { earliest: earliestDay(start), latest };
    }
    case "bound":
      return {
        ...(dates.notBefore !== undefined ? { earliest: earliestDay(dates.notBefore) } : {}),
        ...(dates.notAfter !== undefined ? { latest: latestDay(dates.notAfter) } : {}),
      };
    case "unknown":
      return {};
  }
}

/** The opening day when it is known to the day, else `undefined`. */
export function openingDay(dates: SessionDates): string | undefined {
  const { earliest, latest } = openingWindow(dates);
  return earliest !== undefined && earliest === latest ? earliest : undefined;
}

/** Whether two session dates say the same thing (field by field, ignoring key order). */
export function sameSessionDates(a: SessionDates, b: SessionDates): boolean {
  return describeDates(a) === describeDates(b);
}

/**
 * A plain, unambiguous rendering for messages: "2021-01-20 to 2021-01-22",
 * "2020-08 (3 days)", "no later than 2021-03-01", "dates not known".
 */
export function describeDates(dates: SessionDates): string {
  return describeDatesInEnglish(dates);
}

/** Days from one ISO day to another (both `YYYY-MM-DD`). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
