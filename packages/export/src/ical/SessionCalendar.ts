import { display, type Body, type Language, type Session } from "@remit/core";
import ical, { foldLines, ICalEventStatus } from "ical-generator";
import { sessionDescription } from "./ScheduleHistoryText";
import { addDays, eventDays, eventStatus, type EventStatus } from "./SessionTiming";
import { writableText } from "../text/WritableText";

/** How a calendar of sessions is written. */
export interface SessionCalendarOptions {
  /** The language of titles, venues and reasons, where the records have it; default "en". */
  readonly language?: Language;
  /** Bodies by id, to name a session that has no title ("CCPCJ session 30"). */
  readonly bodies?: Iterable<Body>;
  /** The calendar's name (X-WR-CALNAME); default "Remit sessions and meetings". */
  readonly name?: string;
  /** The domain part of every UID (`<session id>@<domain>`); default "remit". */
  readonly uidDomain?: string;
  /** The DTSTAMP of every event (when the calendar was generated); default now. */
  readonly generatedAt?: Date;
}

const STATUS: Readonly<Record<EventStatus, ICalEventStatus>> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** The LANGUAGE parameter (RFC 5545 §3.2.10) of each text property of one event. */
type EventLanguages = Partial<Record<"SUMMARY" | "LOCATION" | "DESCRIPTION", Language>>;

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fallbackSummary(
  session: Session,
  bodies: ReadonlyMap<string, Body>,
  language: Language,
): { text: string; language?: Language } {
  const body = bodies.get(session.bodyId);
  const name = body?.acronym ?? (body === undefined ? session.bodyId : display(body.name, [language]).text);
  return {
    text: `${name} ${session.designation.replaceAll("-", " ")}${session.number === undefined ? "" : ` ${session.number}`}`,
  };
}

/**
 * Adds LANGUAGE parameters to SUMMARY, LOCATION and DESCRIPTION. ical-generator has no
 * option for them, so its output is unfolded, the parameter inserted after the property
 * name, and the lines folded again at 75 octets with the library's own folding.
 */
function withLanguages(calendar: string, languages: ReadonlyMap<string, EventLanguages>): string {
  let current: EventLanguages = {};
  const lines = calendar
    .replaceAll("\r\n ", "")
    .split("\r\n")
    .map((line) => {
      if (line.startsWith("UID:")) current = languages.get(line.slice(4)) ?? {};
      const colon = line.indexOf(":");
      const name = line.slice(0, colon) as keyof EventLanguages;
      const language = colon > 0 ? current[name] : undefined;
      return language === undefined ? line : `${name};LANGUAGE=${language}${line.slice(colon)}`;
    });
  return foldLines(lines.join("\r\n"));
}

/**
 * The sessions and meetings as an RFC 5545 calendar (iCalendar text), one all-day VEVENT
 * per session on its current dates:
 * - UID `<session id>@remit`, stable across exports, so a calendar that subscribed updates
 *   the event in place;
 * - SEQUENCE the number of reschedules, so clients take the moved event as the newer one;
 * - STATUS CONFIRMED (held, or scheduled on exact days), TENTATIVE (planned, postponed, or
 *   dates known only to the month, year or by a "no later than" bound, placed on that day),
 *   CANCELLED;
 * - SUMMARY the title, LOCATION the city, each with LANGUAGE, and DESCRIPTION the status,
 *   format, current dates and every earlier date with the decision that moved it.
 *
 * Sessions whose dates are entirely unknown have no day to be placed on and are left out.
 * @example
 * const ics = exportICalendar(dataset.sessions, { bodies: dataset.bodies, language: "en" });
 * await writeFile("sessions.ics", ics);
 */
export function exportICalendar(sessions: Iterable<Session>, options: SessionCalendarOptions = {}): string {
  const language = options.language ?? "en";
  const bodies = new Map([...(options.bodies ?? [])].map((body) => [body.id, body]));
  const domain = options.uidDomain ?? "remit";
  const stamp = options.generatedAt ?? new Date();
  const calendar = ical({
    name: options.name ?? "Remit sessions and meetings",
    prodId: { company: "Remit", product: "Sessions", language: "EN" },
  });
  const languages = new Map<string, EventLanguages>();
  for (const session of sessions) {
    const days = eventDays(session.schedule.dates);
    if (days === undefined) continue;
    const uid = `${session.id}@${domain}`;
    const title = session.title === undefined ? undefined : display(session.title, [language]);
    const summary = title ?? fallbackSummary(session, bodies, language);
    const city = session.schedule.venue === undefined ? undefined : display(session.schedule.venue.city, [language]);
    const description = sessionDescription(session, language);
    calendar.createEvent({
      id: uid,
      sequence: session.scheduleHistory.length,
      stamp,
      allDay: true,
      start: utcDay(days.start),
      end: utcDay(addDays(days.end, 1)),
      status: STATUS[eventStatus(session, days)],
      summary: summary.text,
      ...(city === undefined ? {} : { location: city.text }),
      description: description.text,
    });
    languages.set(uid, {
      ...(summary.language === undefined ? {} : { SUMMARY: summary.language }),
      ...(city === undefined ? {} : { LOCATION: city.language }),
      ...(description.languages.size === 1 ? { DESCRIPTION: "en" } : {}),
    });
  }
  // RFC 5545 text may hold no control character but tab (§3.3.11), and escapes none.
  return writableText(withLanguages(calendar.toString(), languages));
}
