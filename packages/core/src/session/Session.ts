import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { LocalizedText } from "../text/LocalizedText";
import { ProvisionalAgenda } from "./ProvisionalAgenda";
import { ScheduleChange } from "./ScheduleChange";
import { describeDates, sameSessionDates } from "./SessionDates";
import { SessionSchedule, venuesDiffer, type Venue } from "./SessionSchedule";

/**
 * What kind of gathering a Session record is. One entity serves numbered sessions of a body
 * ("session": CCPCJ 20th), meetings ("meeting": the expert group's 6th), an
 * "organizational-session" (the ad hoc committee's, unnumbered), a "resumed-session" and a
 * "special-session".
 */
export const SessionDesignation = z.enum([
  "session",
  "meeting",
  "organizational-session",
  "resumed-session",
  "special-session",
]);
/** What kind of gathering a Session record is. */
export type SessionDesignation = z.infer<typeof SessionDesignation>;

/** A venue's name for an English message: its English name, else any it has. */
function venueName(venue: Venue): string {
  return venue.city.en ?? Object.values(venue.city).find((name) => name !== undefined) ?? "a venue";
}

/**
 * A session or meeting of a body, stored as entity kind "session". `schedule` holds the
 * current dates, venue, format and status; `scheduleHistory` every reschedule in order, each
 * with the old and the new dates, so the first change's `from` is the original plan and the
 * last change's `to` equals `schedule.dates`; likewise a change's `toVenue`, where stated, is
 * the next change's `fromVenue` or the current venue, where those are stated. Build
 * histories with `reschedule`.
 * @example
 * Session.parse({
 *   id: "eg-cybercrime-6", bodyId: "eg-cybercrime", designation: "meeting", number: 6,
 *   schedule: { dates: { kind: "period", period: { start: "2020-07-27", end: "2020-07-29" } }, format: "hybrid", status: "held" },
 *   scheduleHistory: [],
 * })
 */
export const Session = z
  .strictObject({
    id: RecordId,
    bodyId: RecordId,
    designation: SessionDesignation,
    /** The session's or meeting's ordinal (20 for the CCPCJ 20th session). */
    number: z.optional(z.int().check(z.positive())),
    title: z.optional(LocalizedText),
    schedule: SessionSchedule,
    scheduleHistory: z.array(ScheduleChange),
    agenda: z.optional(ProvisionalAgenda),
    provenance: z.optional(z.array(Provenance)),
  })
  .check(
    z.superRefine((session, ctx) => {
      if (session.designation === "session" && session.number === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["number"],
          message: `session ${session.id} is designated "session" and needs its number (20 for the 20th session)`,
          params: rule("session.needsNumber", { session: session.id }),
        });
      }
      const history = session.scheduleHistory;
      history.forEach((change, index) => {
        const next = history[index + 1];
        const nextVenue = next === undefined ? session.schedule.venue : next.fromVenue;
        if (change.toVenue !== undefined && nextVenue !== undefined && venuesDiffer(change.toVenue, nextVenue)) {
          ctx.addIssue({
            code: "custom",
            path: ["scheduleHistory", index, "toVenue"],
            message:
              `schedule history is broken at change ${index}: it moved the session to ${venueName(change.toVenue)} ` +
              `but ${next === undefined ? "the current schedule" : `change ${index + 1}'s fromVenue`} says ${venueName(nextVenue)}`,
            params: rule("session.historyVenue", {
              change: index,
              moved: { names: change.toVenue.city },
              next: next === undefined ? "none" : index + 1,
              said: { names: nextVenue.city },
            }),
          });
        }
        const expected = next === undefined ? session.schedule.dates : next.from;
        if (!sameSessionDates(change.to, expected)) {
          const where = next === undefined ? "the current schedule" : `change ${index + 1}'s from`;
          ctx.addIssue({
            code: "custom",
            path: ["scheduleHistory", index, "to"],
            message:
              `schedule history is broken at change ${index}: it moved the session to ${describeDates(change.to)} ` +
              `but ${where} says ${describeDates(expected)}`,
            params: rule("session.historyDates", {
              change: index,
              moved: { dates: change.to },
              next: next === undefined ? "none" : index + 1,
              said: { dates: expected },
            }),
          });
        }
      });
    }),
  );
/** A session or meeting of a body, with its schedule history. */
export type Session = z.infer<typeof Session>;
