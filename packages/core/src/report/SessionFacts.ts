import { referenceKey } from "../mandate/MandateReference";
import { mergeProvenance } from "../provenance/Provenance";
import type { Session } from "../session/Session";
import type { SessionDates } from "../session/SessionDates";
import { openingWindow } from "../session/SessionDates";
import { periodEnd, periodStart } from "../time/Period";
import type { ReportContext } from "./ReportContext";
import { bodyName, joinList, nameMandate, textIn } from "./ReportContext";
import type { SessionFactSpec } from "./ReportOutline";
import { distinct, factGroup, unresolved, type Resolved } from "./SlotGroup";
import type { SlotValue } from "./TemplateText";

/** Session dates in the report's language, or undefined when they are not known at all. */
export function datesText(context: ReportContext, dates: SessionDates): string | undefined {
  const format = context.templates.format;
  if (dates.kind === "period") return format.span(dates.period.start, dates.period.end);
  if (dates.kind === "bound") return format.bound(dates.notBefore, dates.notAfter);
  return undefined;
}

function datesValues(dates: SessionDates): string[] {
  if (dates.kind === "period")
    return [dates.period.start, ...(dates.period.end !== undefined ? [dates.period.end] : [])];
  if (dates.kind === "bound") return [dates.notBefore ?? "", dates.notAfter ?? ""];
  return [];
}

function opens(session: Session): string | undefined {
  return openingWindow(session.schedule.dates).earliest;
}

function meetingsOf(context: ReportContext, bodyId: string): Session[] {
  return context.records.sessions
    .filter((session) => session.bodyId === bodyId)
    .sort((a, b) => (opens(a) ?? "9999").localeCompare(opens(b) ?? "9999"));
}

function subSlots(key: string, entries: Record<string, string | undefined>): (readonly [string, SlotValue])[] {
  return Object.entries(entries).flatMap(([name, text]) =>
    text === undefined ? [] : [[`${key}.${name}`, { text, factKey: key }] as const],
  );
}

function sessionProvenance(sessions: readonly Session[]) {
  return mergeProvenance(
    sessions.flatMap((session) => [
      ...(session.provenance ?? []),
      ...session.scheduleHistory.flatMap((change) => change.provenance ?? []),
    ]),
  );
}

/** A decision named in the report's language when it is among the mandates, else as cited. */
function decisionName(context: ReportContext, reference: string): string {
  const mandate = context.records.mandates.find(
    (candidate) => candidate.symbol !== undefined && referenceKey(candidate.symbol) === referenceKey(reference),
  );
  return mandate === undefined ? reference : nameMandate(context, mandate).full;
}

/**
 * Resolves a fact about bodies, sessions and meetings: a body's name, the years its meetings
 * were held, its next scheduled meeting, its meeting held in the period after a postponement,
 * or one change of a session's schedule history.
 */
export function resolveSessionFact(context: ReportContext, spec: SessionFactSpec): Resolved {
  const key = spec.slot;
  const end = periodEnd(context.period);
  const format = context.templates.format;
  switch (spec.fact) {
    case "body":
      return {
        ok: true,
        value: factGroup(key, {
          text: bodyName(context, spec.bodyId),
          values: [spec.bodyId],
          provenance: mergeProvenance(
            context.records.bodies?.find((body) => body.id === spec.bodyId)?.provenance ?? [],
          ),
          sessionIds: [],
          mandateIds: [],
        }),
      };
    case "meeting-years": {
      const held = meetingsOf(context, spec.bodyId).filter(
        (session) => session.schedule.status === "held" && (opens(session) ?? "9999") <= end,
      );
      const years = distinct(held.map((session) => (opens(session) ?? "").slice(0, 4)));
      if (years.length === 0) return unresolved(`fact {${key}}`, `no meeting of "${spec.bodyId}" held by ${end}`);
      const items = years.map((year) => format.date(year));
      const fact = {
        text: joinList(context, items),
        values: years,
        provenance: sessionProvenance(held),
        sessionIds: held.map((session) => session.id),
        mandateIds: [],
      };
      return { ok: true, value: factGroup(key, fact, items) };
    }
    case "next-meeting": {
      const next = meetingsOf(context, spec.bodyId).find(
        (session) =>
          session.schedule.status !== "held" && session.schedule.status !== "cancelled" && (opens(session) ?? "") > end,
      );
      const text = next === undefined ? undefined : datesText(context, next.schedule.dates);
      if (next === undefined || text === undefined)
        return unresolved(`fact {${key}}`, `no meeting of "${spec.bodyId}" scheduled after ${end}`);
      const extra = subSlots(key, { ordinal: next.number === undefined ? undefined : format.meeting(next.number) });
      const fact = {
        text,
        values: datesValues(next.schedule.dates),
        provenance: sessionProvenance([next]),
        sessionIds: [next.id],
        mandateIds: [],
      };
      return { ok: true, value: factGroup(key, fact, undefined, extra) };
    }
    case "postponed-meeting": {
      const start = periodStart(context.period);
      const meeting = meetingsOf(context, spec.bodyId).find((session) => {
        const opening = opens(session) ?? "";
        return (
          session.schedule.status === "held" &&
          opening >= start &&
          opening <= end &&
          session.scheduleHistory.some((change) => change.kind === "postponement")
        );
      });
      const first = meeting?.scheduleHistory[0];
      const postponement = meeting?.scheduleHistory.filter((change) => change.kind === "postponement").at(-1);
      const held = meeting === undefined ? undefined : datesText(context, meeting.schedule.dates);
      const planned = first === undefined ? undefined : datesText(context, first.from);
      if (meeting === undefined || held === undefined || planned === undefined)
        return unresolved(`fact {${key}}`, `no meeting of "${spec.bodyId}" held in the period after a postponement`);
      const schedule = meeting.schedule;
      const extra = subSlots(key, {
        ordinal: meeting.number === undefined ? undefined : format.meeting(meeting.number),
        planned,
        held,
        reason: postponement?.reason === undefined ? undefined : textIn(context, postponement.reason),
        format: schedule.format === undefined ? undefined : context.templates.words.sessionFormats[schedule.format],
        formatNote: schedule.formatNote === undefined ? undefined : textIn(context, schedule.formatNote),
      });
      const values = [
        ...datesValues(first?.from ?? schedule.dates),
        ...datesValues(schedule.dates),
        ...(schedule.format !== undefined ? [schedule.format] : []),
      ];
      const fact = {
        text: held,
        values,
        provenance: sessionProvenance([meeting]),
        sessionIds: [meeting.id],
        mandateIds: [],
      };
      return { ok: true, value: factGroup(key, fact, undefined, extra) };
    }
    case "schedule-change": {
      const session = context.records.sessions.find(
        (candidate) =>
          candidate.bodyId === spec.session.bodyId &&
          (spec.session.designation === undefined || candidate.designation === spec.session.designation),
      );
      const change = session?.scheduleHistory.at(spec.index);
      if (session === undefined || change === undefined)
        return unresolved(`fact {${key}}`, `no schedule change ${spec.index} of a session of "${spec.session.bodyId}"`);
      const to = datesText(context, change.to);
      if (to === undefined) return unresolved(`fact {${key}}`, `the new dates of change ${spec.index} are not known`);
      const extra = subSlots(key, {
        kind: change.kind,
        from: datesText(context, change.from),
        to,
        decision: change.decidedBy === undefined ? undefined : decisionName(context, change.decidedBy),
        reason: change.reason === undefined ? undefined : textIn(context, change.reason),
        announced: change.announcedOn === undefined ? undefined : format.date(change.announcedOn),
        venue: change.toVenue === undefined ? undefined : textIn(context, change.toVenue.city),
      });
      const fact = {
        text: to,
        values: [change.kind, ...datesValues(change.to)],
        provenance: mergeProvenance(change.provenance ?? []),
        sessionIds: [session.id],
        mandateIds: [],
      };
      return { ok: true, value: factGroup(key, fact, undefined, extra) };
    }
  }
}
