import { Activity } from "../activity/Activity";
import { Body } from "../body/Body";
import { ThematicDiscussion } from "../discussion/ThematicDiscussion";
import { LegalInstrument } from "../instrument/LegalInstrument";
import { Mandate } from "../mandate/Mandate";
import { Indicator } from "../metric/Indicator";
import { Observation } from "../metric/Observation";
import { Session } from "../session/Session";
import type { RecordSource } from "../store/RecordProblems";
import { decodeWith, type RecordDecoding } from "./RecordDecoding";

// One decoder per kind, each naming its own schema, so that a page decoding activities ships
// the Activity schema and not the other seven (`decodeRecord` reaches all of them).

/**
 * Decodes a technical-assistance activity, listing every problem found (see `decodeRecord`).
 * @example
 * const result = decodeActivity(JSON.parse(text));
 * if (result.ok) show(result.value); else showProblems(result.error.problems);
 */
export function decodeActivity(value: unknown, where: RecordSource = {}): RecordDecoding<Activity> {
  return decodeWith("activity", Activity, value, where);
}

/** Decodes a mandate, listing every problem found (see `decodeRecord`). */
export function decodeMandate(value: unknown, where: RecordSource = {}): RecordDecoding<Mandate> {
  return decodeWith("mandate", Mandate, value, where);
}

/** Decodes a session, listing every problem found (see `decodeRecord`). */
export function decodeSession(value: unknown, where: RecordSource = {}): RecordDecoding<Session> {
  return decodeWith("session", Session, value, where);
}

/** Decodes a body, listing every problem found (see `decodeRecord`). */
export function decodeBody(value: unknown, where: RecordSource = {}): RecordDecoding<Body> {
  return decodeWith("body", Body, value, where);
}

/** Decodes a thematic discussion, listing every problem found (see `decodeRecord`). */
export function decodeThematicDiscussion(value: unknown, where: RecordSource = {}): RecordDecoding<ThematicDiscussion> {
  return decodeWith("thematicDiscussion", ThematicDiscussion, value, where);
}

/** Decodes a legal instrument, listing every problem found (see `decodeRecord`). */
export function decodeInstrument(value: unknown, where: RecordSource = {}): RecordDecoding<LegalInstrument> {
  return decodeWith("instrument", LegalInstrument, value, where);
}

/** Decodes an indicator, listing every problem found (see `decodeRecord`). */
export function decodeIndicator(value: unknown, where: RecordSource = {}): RecordDecoding<Indicator> {
  return decodeWith("indicator", Indicator, value, where);
}

/** Decodes an observation, listing every problem found (see `decodeRecord`). */
export function decodeObservation(value: unknown, where: RecordSource = {}): RecordDecoding<Observation> {
  return decodeWith("observation", Observation, value, where);
}
