import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { PartialDate, earliestDay, latestDay } from "./PartialDate";

/**
 * A span of time with dates known to the day, month or year. A period without `end` is a
 * single day, month or year (`{ start: "2020" }` is the year 2020).
 * @example Period.parse({ start: "2020-07-27", end: "2020-07-29" })
 */
export const Period = z
  .strictObject({
    start: PartialDate,
    end: z.optional(PartialDate),
  })
  .check(
    z.refine((period) => period.end === undefined || earliestDay(period.start) <= latestDay(period.end), {
      message: "a period cannot end before it starts",
      params: rule("period.endBeforeStart", {}),
      path: ["end"],
    }),
  );
/** A span of time with partial dates. */
export type Period = z.infer<typeof Period>;

/** The first day a period may include. */
export function periodStart(period: Period): string {
  return earliestDay(period.start);
}

/** The last day a period may include. */
export function periodEnd(period: Period): string {
  return latestDay(period.end ?? period.start);
}

/** Whether two periods share at least one possible day. */
export function overlaps(a: Period, b: Period): boolean {
  return periodStart(a) <= periodEnd(b) && periodStart(b) <= periodEnd(a);
}

/** Whether `inner` lies wholly within `outer`. */
export function within(inner: Period, outer: Period): boolean {
  return periodStart(outer) <= periodStart(inner) && periodEnd(inner) <= periodEnd(outer);
}
