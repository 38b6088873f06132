import * as z from "zod/mini";
import { matchesSearchText } from "../activity/SearchText";
import { textVersions } from "../text/LocalizedText";
import { Period, overlaps } from "../time/Period";
import type { LegalInstrument } from "./LegalInstrument";

/**
 * Which legal instruments a list asks for. Every criterion given must hold; an empty filter
 * asks for every instrument. {@link matchesInstrumentFilter} is the definition every store
 * follows.
 * @example InstrumentFilter.parse({ period: { start: "2000", end: "2005" }, text: "protocol" })
 */
export const InstrumentFilter = z.strictObject({
  /** Entered into force within this period (an instrument not in force never matches). */
  period: z.optional(Period),
  /** Every word occurs in the id, the name or the short name in some language, ignoring case and accents. */
  text: z.optional(z.string().check(z.trim(), z.minLength(1))),
});
/** Which legal instruments a list asks for. */
export type InstrumentFilter = z.infer<typeof InstrumentFilter>;

/**
 * Whether an instrument is one the filter asks for: entered into force on a date that may
 * fall in `period`, with every word of `text` in its id, name or short name.
 * @example matchesInstrumentFilter(untoc, { period: { start: "2003" } }) // true: in force 29 Sept 2003
 */
export function matchesInstrumentFilter(instrument: LegalInstrument, filter: InstrumentFilter): boolean {
  if (filter.period !== undefined) {
    const inForce = instrument.enteredIntoForceOn;
    if (inForce === undefined || !overlaps({ start: inForce }, filter.period)) return false;
  }
  if (filter.text === undefined) return true;
  const names = [instrument.id, ...textVersions(instrument.name), ...textVersions(instrument.shortName)];
  return matchesSearchText(names, filter.text);
}
