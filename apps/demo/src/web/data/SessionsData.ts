import { everyPage, referenceKey, type Mandate, type Session, type ThematicDiscussion } from "@remit/core";
import { api, valueOf } from "./Api";
import { loadMandates, type BodiesById } from "./MandatesData";

/** Every session and meeting of the records, with the bodies and mandates to name and link. */
export async function loadSessions(): Promise<{
  readonly sessions: readonly Session[];
  readonly bodies: BodiesById;
  readonly mandates: readonly Mandate[];
}> {
  const [sessions, { mandates, bodies }] = await Promise.all([
    everyPage((cursor) => valueOf(api.listSessions({ query: { limit: 1000, cursor } }))),
    loadMandates(),
  ]);
  return { sessions: sessions.map((item) => item.record), bodies, mandates };
}

/** The reports due at session `number` of a body, deferrals applied (those moved away listed too). */
export async function loadReportsDue(body: string, number: number) {
  return valueOf(api.getReportsDue({ query: { body, session: number } }));
}

/**
 * One session: its record, the thematic discussions held at it with their decision 18/1
 * findings, the reports due at it (a numbered session), and the bodies and mandates to name.
 */
export async function loadSession(id: string) {
  const [stored, discussions, { mandates, bodies }] = await Promise.all([
    valueOf(api.getSession({ params: { id } })),
    everyPage((cursor) => valueOf(api.listDiscussions({ query: { limit: 1000, cursor } }))),
    loadMandates(),
  ]);
  const session = stored.record;
  const held: ThematicDiscussion[] = discussions.map((item) => item.record).filter((d) => d.sessionId === id);
  const [check, due] = await Promise.all([
    held.length === 0 ? undefined : valueOf(api.getSessionCheck({ params: { id } })),
    session.number === undefined || session.designation !== "session"
      ? undefined
      : loadReportsDue(session.bodyId, session.number),
  ]);
  return { session, discussions: held, check, due, bodies, mandates };
}

/** The stored mandate a decision is cited as ("GA decision 74/567"), to link it, if the records have it. */
export function mandateCitedAs(mandates: readonly Mandate[], citation: string): Mandate | undefined {
  const key = referenceKey(citation);
  return mandates.find((mandate) => mandate.symbol !== undefined && referenceKey(mandate.symbol) === key);
}
