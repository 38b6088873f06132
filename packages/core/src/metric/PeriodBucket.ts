import * as z from "zod/mini";
import type { PartialDate } from "../time/PartialDate";
import { earliestDay, latestDay, yearOf } from "../time/PartialDate";
import type { Period } from "../time/Period";
import { periodEnd, periodStart } from "../time/Period";

/** The calendar buckets figures can be grouped into. */
export const PeriodBucketSize = z.enum(["year", "month"]);
/** The calendar buckets figures can be grouped into. */
export type PeriodBucketSize = z.infer<typeof PeriodBucketSize>;

/**
 * The bucket label of a period: "2020" (year) or "2020-07" (month) when the period lies in
 * one bucket, otherwise the span of buckets in ISO 8601 interval notation ("2018/2020",
 * "2020-03/2020-05"). A figure is never split across buckets, because the source gives no
 * way to split it: "263 cases in 2018–2020" (¶21) stays in "2018/2020". A period known only
 * to the year spans twelve months ("2020-01/2020-12") when bucketed by month.
 * @example bucketOf({ start: "2020-07-27", end: "2020-07-29" }, "month") // "2020-07"
 */
export function bucketOf(period: Period, size: PeriodBucketSize): string {
  const end = period.end ?? period.start;
  const first = size === "year" ? String(yearOf(period.start)) : earliestDay(period.start).slice(0, 7);
  const last = size === "year" ? String(yearOf(end)) : latestDay(end).slice(0, 7);
  return first === last ? first : `${first}/${last}`;
}

function earlier(a: PartialDate, b: PartialDate): PartialDate {
  const [dayA, dayB] = [earliestDay(a), earliestDay(b)];
  if (dayA !== dayB) return dayA < dayB ? a : b;
  return a <= b ? a : b;
}

function later(a: PartialDate, b: PartialDate): PartialDate {
  const [dayA, dayB] = [latestDay(a), latestDay(b)];
  if (dayA !== dayB) return dayA > dayB ? a : b;
  return a >= b ? a : b;
}

/**
 * The smallest period containing all the given ones, dates kept as written (ties between
 * "2020" and "2020-01-01" go to a fixed choice, so the hull does not depend on order).
 */
export function periodHull(periods: readonly [Period, ...Period[]]): Period {
  let start = periods[0].start;
  let end = periods[0].end ?? periods[0].start;
  for (const period of periods) {
    start = earlier(start, period.start);
    end = later(end, period.end ?? period.start);
  }
  return end === start ? { start } : { start, end };
}

/**
 * Orders periods by how late they end, then by how late they start: the order "latest"
 * aggregation picks by. Negative when `a` is earlier.
 */
export function compareByEnd(a: Period, b: Period): number {
  const [endA, endB] = [periodEnd(a), periodEnd(b)];
  if (endA !== endB) return endA < endB ? -1 : 1;
  const [startA, startB] = [periodStart(a), periodStart(b)];
  if (startA !== startB) return startA < startB ? -1 : 1;
  return 0;
}
