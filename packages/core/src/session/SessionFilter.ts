import * as z from "zod/mini";
import { matchesSearchText } from "../activity/SearchText";
import { RecordId } from "../record/RecordId";
import { textVersions } from "../text/LocalizedText";
import { Period, periodEnd, periodStart } from "../time/Period";
import { currentDates } from "./ScheduleHistory";
import type { Session } from "./Session";
import { openingWindow } from "./SessionDates";

/**
 * Which sessions and meetings a list asks for. Every criterion given must hold; an empty
 * filter asks for every session. {@link matchesSessionFilter} is the definition every store
 * follows.
 * @example SessionFilter.parse({ bodyId: "ccpcj", period: { start: "2020", end: "2021" } })
 */
export const SessionFilter = z.strictObject({
  /** Sessions of this body ("ccpcj", "eg-cybercrime"). */
  bodyId: z.optional(RecordId),
  /** Opening, as currently scheduled, possibly within this period. */
  period: z.optional(Period),
  /** Every word occurs in the id or the title in some language, ignoring case and accents. */
  text: z.optional(z.string().check(z.trim(), z.minLength(1))),
});
/** Which sessions a list asks for. */
export type SessionFilter = z.infer<typeof SessionFilter>;

/** Whether the session, as now scheduled, may open within the period (unknown dates never do). */
function mayOpenWithin(session: Session, period: Period): boolean {
  const { earliest, latest } = openingWindow(currentDates(session));
  if (earliest === undefined && latest === undefined) return false;
  return (earliest ?? "0000-01-01") <= periodEnd(period) && periodStart(period) <= (latest ?? "9999-12-31");
}

/**
 * Whether a session is one the filter asks for: of `bodyId`; opening, on its current dates,
 * on a day that may fall in `period` (a session "in April 2021" may open in a period that
 * includes some day of April 2021; one whose dates are unknown matches no period); with every
 * word of `text` in its id or title.
 * @example matchesSessionFilter(ccpcj30, { bodyId: "ccpcj", period: { start: "2021" } }) // true
 */
export function matchesSessionFilter(session: Session, filter: SessionFilter): boolean {
  if (filter.bodyId !== undefined && session.bodyId !== filter.bodyId) return false;
  if (filter.period !== undefined && !mayOpenWithin(session, filter.period)) return false;
  return filter.text === undefined || matchesSearchText([session.id, ...textVersions(session.title)], filter.text);
}
