import { earliestDay, latestDay, precisionOf, type PartialDate, type Session, type SessionDates } from "@remit/core";

/** RFC 5545 STATUS values of an event. */
export type EventStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

/**
 * The days an event covers: `start` and `end` are ISO days, `end` inclusive; `exact` when
 * the documents give the days themselves (not a month, a year or a bound).
 */
export interface EventDays {
  readonly start: string;
  readonly end: string;
  readonly exact: boolean;
}

/** The ISO day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isDay(date: PartialDate | undefined): boolean {
  return date === undefined || precisionOf(date) === "day";
}

/**
 * The days to put a session in a calendar on, from its current dates:
 * - a period known to the day: its days;
 * - a period known only to the month or year ("held in 2011", "due August 2020"): its first
 *   possible day, for the stated number of days or one — a year-long banner would say
 *   more than the documents do; not exact;
 * - a bound ("no later than 1 March 2021"): the bound's day (the latest allowed opening,
 *   else the earliest), for the stated number of days or one; not exact;
 * - unknown dates: `undefined`, since a calendar event needs a day.
 * The description says how precisely the dates are known.
 * @example eventDays({ kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } }) // { start: "2021-05-10", end: "2021-05-12", exact: true }
 */
export function eventDays(dates: SessionDates): EventDays | undefined {
  const length = (dates.durationDays ?? 1) - 1;
  switch (dates.kind) {
    case "period": {
      const { start, end } = dates.period;
      const first = earliestDay(start);
      if (isDay(start) && isDay(end)) return { start: first, end: latestDay(end ?? start), exact: true };
      return { start: first, end: addDays(first, length), exact: false };
    }
    case "bound": {
      const day =
        dates.notAfter !== undefined
          ? latestDay(dates.notAfter)
          : dates.notBefore !== undefined
            ? earliestDay(dates.notBefore)
            : undefined;
      return day === undefined ? undefined : { start: day, end: addDays(day, length), exact: false };
    }
    case "unknown":
      return undefined;
  }
}

/**
 * The STATUS of a session's event: CANCELLED when cancelled; CONFIRMED when held, or
 * scheduled on exact days; TENTATIVE when planned, postponed to dates not yet fixed, of
 * unknown standing, or known only by a month, a year or a "no later than" bound.
 */
export function eventStatus(session: Session, days: EventDays): EventStatus {
  switch (session.schedule.status) {
    case "cancelled":
      return "CANCELLED";
    case "held":
      return "CONFIRMED";
    case "scheduled":
      return days.exact ? "CONFIRMED" : "TENTATIVE";
    case "planned":
    case "postponed":
    case "unknown":
      return "TENTATIVE";
  }
}
