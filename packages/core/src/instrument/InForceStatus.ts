import { earliestDay, latestDay, type PartialDate } from "../time/PartialDate";
import type { LegalInstrument } from "./LegalInstrument";

/**
 * Whether an instrument is in force at a date: `in-force` on every day the date may mean,
 * `not-in-force` on none of them, or `undetermined` (no entry-into-force date is recorded,
 * or it falls within the date asked about, such as 2004 for the Budapest Convention, in
 * force from 1 July 2004). Termination is not modelled: the seeds record none.
 */
export interface InForceStatus {
  readonly status: "in-force" | "not-in-force" | "undetermined";
  readonly message: string;
}

/**
 * Whether `instrument` is in force at `date`, with the reason in words.
 * @example inForceStatus(budapest, "2004-06-30").status // "not-in-force"
 */
export function inForceStatus(instrument: LegalInstrument, date: PartialDate): InForceStatus {
  const entry = instrument.enteredIntoForceOn;
  if (entry === undefined) {
    return { status: "undetermined", message: `${instrument.id} has no recorded date of entry into force` };
  }
  if (latestDay(entry) <= earliestDay(date)) {
    return { status: "in-force", message: `${instrument.id} entered into force on ${entry}, by ${date}` };
  }
  if (earliestDay(entry) > latestDay(date)) {
    return { status: "not-in-force", message: `${instrument.id} enters into force on ${entry}, after ${date}` };
  }
  return {
    status: "undetermined",
    message: `${instrument.id} enters into force on ${entry}, within ${date}: ask about a more precise date`,
  };
}

/**
 * Whether an instrument is certainly in force at `date`; false when it is not, or when
 * that cannot be told (see {@link inForceStatus}).
 * @example isInForce(untoc, "2011") // true: in force since 29 September 2003
 */
export function isInForce(instrument: LegalInstrument, date: PartialDate): boolean {
  return inForceStatus(instrument, date).status === "in-force";
}
