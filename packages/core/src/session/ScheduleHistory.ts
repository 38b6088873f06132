import type { LocalizedText } from "../text/LocalizedText";
import type { ScheduleChange } from "./ScheduleChange";
import type { Session } from "./Session";
import type { SessionDates } from "./SessionDates";
import { openingDay } from "./SessionDates";
import type { SessionFormat, SessionStatus, Venue } from "./SessionSchedule";

/**
 * A reschedule to apply: everything of a {@link ScheduleChange} except `from`, which is taken
 * from the session's current dates. `status`, `venue`, `format` and `formatNote` update the
 * current schedule when given.
 */
export type Reschedule = Omit<ScheduleChange, "from"> & {
  readonly status?: SessionStatus;
  readonly venue?: Venue;
  readonly format?: SessionFormat;
  readonly formatNote?: LocalizedText;
};

/**
 * The status a session has after a change, unless the caller says otherwise: "scheduled" when
 * the new opening day is known, "postponed" after a postponement to dates not yet fixed, else
 * "planned".
 */
export function statusAfter(change: Pick<ScheduleChange, "kind" | "to">): SessionStatus {
  if (openingDay(change.to) !== undefined) return "scheduled";
  return change.kind === "postponement" ? "postponed" : "planned";
}

/**
 * Moves a session to new dates. Returns a new session whose history ends with the change
 * (old dates kept as `from`); the given session is not modified. The result satisfies
 * {@link Session} when the change's kind agrees with its dates (see `kindContradiction`);
 * parse it with `Session` to validate that and to normalise `decidedBy`.
 * @example
 * const moved = reschedule(organizational, {
 *   kind: "postponement",
 *   to: { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } },
 *   decidedBy: "GA decision 75/555",
 * });
 */
export function reschedule(session: Session, change: Reschedule): Session {
  const { status, venue, format, formatNote, ...rest } = change;
  const recorded: ScheduleChange = { ...rest, from: session.schedule.dates };
  return {
    ...session,
    schedule: {
      ...session.schedule,
      dates: change.to,
      ...(venue !== undefined ? { venue } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(formatNote !== undefined ? { formatNote } : {}),
      status: status ?? statusAfter(change),
    },
    scheduleHistory: [...session.scheduleHistory, recorded],
  };
}

/** The session's dates as they stand now. */
export function currentDates(session: Session): SessionDates {
  return session.schedule.dates;
}

/** The dates first planned, before any reschedule. */
export function originalDates(session: Session): SessionDates {
  return session.scheduleHistory[0]?.from ?? session.schedule.dates;
}

/** How many times the session's dates were changed. */
export function timesRescheduled(session: Session): number {
  return session.scheduleHistory.length;
}

/** Whether the session was ever postponed. */
export function wasPostponed(session: Session): boolean {
  return session.scheduleHistory.some((change) => change.kind === "postponement");
}

/**
 * One step of a session's schedule: the dates it had, where it was to meet when the source
 * says (`venue`), and the change that brought them (absent for the original plan).
 */
export interface ScheduleStep {
  readonly dates: SessionDates;
  readonly venue?: Venue;
  readonly change?: ScheduleChange;
  readonly isCurrent: boolean;
}

/**
 * Every set of dates a session has had, oldest first: the original plan, then each change's
 * new dates with the change that set them. The last step is the current schedule. A step
 * has a venue when the history states it: the first change's `fromVenue` for the original
 * plan, each change's `toVenue` for the dates it set (the current venue is `schedule.venue`).
 * @example scheduleTimeline(organizational).map((step) => describeDates(step.dates))
 * // ["2020-08 (3 days)", "no later than 2021-03-01", "2021-01-20 to 2021-01-22", "2021-05-10 to 2021-05-12"]
 */
export function scheduleTimeline(session: Session): ScheduleStep[] {
  const history = session.scheduleHistory;
  const last = history.length;
  const venueOf = (venue: Venue | undefined): { venue?: Venue } => (venue === undefined ? {} : { venue });
  return [
    { dates: originalDates(session), ...venueOf(history[0]?.fromVenue), isCurrent: last === 0 },
    ...history.map((change, index) => ({
      dates: change.to,
      ...venueOf(change.toVenue),
      change,
      isCurrent: index === last - 1,
    })),
  ];
}
