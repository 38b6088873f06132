import * as z from "zod/mini";
import { rule, type RuleBreach } from "../rule/RuleBreach";
import { Provenance } from "../provenance/Provenance";
import { LocalizedText } from "../text/LocalizedText";
import { PartialDate } from "../time/PartialDate";
import { DecisionReference } from "./DecisionReference";
import { SessionDates, describeDates, openingWindow } from "./SessionDates";
import { Venue } from "./SessionSchedule";

/**
 * What a schedule change did, in the documents' words: "postponement" (moved later, or to an
 * open date), "dates-set" (fixed within what was decided before: "set for 20 to 22 January
 * 2021" within "no later than 1 March 2021"), "brought-forward" (moved earlier).
 */
export const ScheduleChangeKind = z.enum(["postponement", "dates-set", "brought-forward"]);
/** What a schedule change did. */
export type ScheduleChangeKind = z.infer<typeof ScheduleChangeKind>;

/**
 * One reschedule in a session's history. Both the old and the new dates are kept, with
 * whatever the documents say about it: the decision (`decidedBy`, e.g. "GA decision 74/567"),
 * when it was taken, when Member States were told (`announcedOn`), who approved it when no
 * decision document is cited (`authority`, e.g. the extended Bureau) and why. `fromVenue`
 * and `toVenue` are where the session was to meet before and after the change, when the
 * source says: the ad hoc committee's organizational session was due in New York in August
 * 2020 and set for New York in January 2021; for May 2021 the report names no venue (¶11–12).
 * @example
 * ScheduleChange.parse({
 *   kind: "postponement",
 *   from: { kind: "period", period: { start: "2021-01-20", end: "2021-01-22" } },
 *   to: { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } },
 *   decidedBy: "GA decision 75/555",
 * })
 */
export const ScheduleChange = z
  .strictObject({
    kind: ScheduleChangeKind,
    from: SessionDates,
    to: SessionDates,
    fromVenue: z.optional(Venue),
    toVenue: z.optional(Venue),
    decidedBy: z.optional(DecisionReference),
    decidedOn: z.optional(PartialDate),
    announcedOn: z.optional(PartialDate),
    authority: z.optional(LocalizedText),
    reason: z.optional(LocalizedText),
    provenance: z.optional(z.array(Provenance)),
  })
  .check(
    z.superRefine((change, ctx) => {
      const breach = kindContradictionBreach(change);
      if (breach !== undefined)
        ctx.addIssue({ code: "custom", message: contradictionText(breach, change), path: ["kind"], params: breach });
    }),
  );
/** One reschedule of a session, old and new dates kept. */
export type ScheduleChange = z.infer<typeof ScheduleChange>;

/**
 * The rule a change's kind breaks against its dates, as data a reader's language can word,
 * or `undefined` when it breaks none (or when the dates are too vague to tell). A
 * postponement cannot certainly open earlier than before; a bringing-forward cannot certainly
 * open later; dates set must fall within the earlier bounds. The dates are kept as dates, so
 * `formatRuleIn` writes them as the reader's language does.
 */
export function kindContradictionBreach(change: Pick<ScheduleChange, "kind" | "from" | "to">): RuleBreach | undefined {
  const before = openingWindow(change.from);
  const after = openingWindow(change.to);
  const earlier = after.latest !== undefined && before.earliest !== undefined && after.latest < before.earliest;
  const later = after.earliest !== undefined && before.latest !== undefined && after.earliest > before.latest;
  const dates = { from: { dates: change.from }, to: { dates: change.to } };
  switch (change.kind) {
    case "postponement":
      return earlier ? rule("scheduleChange.postponedEarlier", dates) : undefined;
    case "brought-forward":
      return later ? rule("scheduleChange.broughtForwardLater", dates) : undefined;
    case "dates-set":
      return earlier || later ? rule("scheduleChange.datesSetOutside", dates) : undefined;
  }
}

/**
 * Why a change's kind contradicts its dates, in English, or `undefined` when it does not
 * (see {@link kindContradictionBreach}; `formatRuleIn` words the same in the other languages).
 */
export function kindContradiction(change: Pick<ScheduleChange, "kind" | "from" | "to">): string | undefined {
  const breach = kindContradictionBreach(change);
  return breach === undefined ? undefined : contradictionText(breach, change);
}

/** The schema's English words for a contradiction between a change's kind and its dates. */
function contradictionText(breach: RuleBreach, change: Pick<ScheduleChange, "from" | "to">): string {
  const from = describeDates(change.from);
  const to = describeDates(change.to);
  switch (breach.rule) {
    case "scheduleChange.postponedEarlier":
      return `a postponement cannot move the session earlier (from ${from} to ${to}); use "brought-forward"`;
    case "scheduleChange.broughtForwardLater":
      return `bringing forward cannot move the session later (from ${from} to ${to}); use "postponement"`;
    default:
      return `dates set (${to}) fall outside what was decided before (${from}); use "postponement" or "brought-forward"`;
  }
}
