import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { LocalizedText } from "../text/LocalizedText";
import { SessionDates } from "./SessionDates";

/**
 * How a session meets. "reduced" is a session held in a reduced format (the CCPCJ 29th
 * session during COVID-19); "hybrid" is part in the room and part online.
 */
export const SessionFormat = z.enum(["in-person", "hybrid", "online", "reduced"]);
/** How a session meets. */
export type SessionFormat = z.infer<typeof SessionFormat>;

/**
 * Where a session stands: "planned" (decided, dates not fixed), "scheduled" (dates fixed),
 * "postponed" (moved, new dates not fixed), "held", "cancelled", or "unknown" when the
 * sources name the session but say nothing of where it stands (the General Assembly's 75th
 * session, to which the 2021 report says the ad hoc committee's outline is to be submitted).
 */
export const SessionStatus = z.enum(["planned", "scheduled", "postponed", "held", "cancelled", "unknown"]);
/** Where a session stands. */
export type SessionStatus = z.infer<typeof SessionStatus>;

/** Where a session meets. Only the city is modelled; the documents name no more. */
export const Venue = z.strictObject({
  city: LocalizedText,
});
/** Where a session meets. */
export type Venue = z.infer<typeof Venue>;

/**
 * Whether two venues can be told apart: they differ when a language both name the city in
 * gives different names ("New York" and "Vienna"); venues named in no common language
 * cannot be compared, and count as the same.
 * @example venuesDiffer({ city: { en: "New York" } }, { city: { en: "Vienna" } }) // true
 */
export function venuesDiffer(a: Venue, b: Venue): boolean {
  return (Object.keys(a.city) as (keyof Venue["city"])[]).some((language) => {
    const other = b.city[language];
    return other !== undefined && other !== a.city[language];
  });
}

/**
 * A session's current schedule: its dates, venue, format and status. `formatNote` describes
 * an arrangement in words, e.g. for a hybrid meeting "the Chair and the secretariat in the
 * room, everyone else online, interpretation through the online platform".
 * @example
 * SessionSchedule.parse({
 *   dates: { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } },
 *   venue: { city: { en: "New York" } },
 *   status: "scheduled",
 * })
 */
export const SessionSchedule = z
  .strictObject({
    dates: SessionDates,
    venue: z.optional(Venue),
    format: z.optional(SessionFormat),
    formatNote: z.optional(LocalizedText),
    status: SessionStatus,
  })
  .check(
    z.refine((schedule) => schedule.formatNote === undefined || schedule.format !== undefined, {
      message: "a formatNote describes a format: set format as well",
      params: rule("schedule.formatNoteWithoutFormat", {}),
      path: ["format"],
    }),
  );
/** A session's current dates, venue, format and status. */
export type SessionSchedule = z.infer<typeof SessionSchedule>;
