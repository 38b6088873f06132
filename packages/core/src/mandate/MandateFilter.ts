import * as z from "zod/mini";
import { matchesSearchText } from "../activity/SearchText";
import { RecordId } from "../record/RecordId";
import { textVersions } from "../text/LocalizedText";
import { Period, overlaps } from "../time/Period";
import type { Mandate } from "./Mandate";

/**
 * Which mandates a list asks for. Every criterion given must hold; an empty filter asks for
 * every mandate. {@link matchesMandateFilter} is the definition every store follows.
 * @example MandateFilter.parse({ bodyId: "ccpcj", period: { start: "2010", end: "2013" } })
 */
export const MandateFilter = z.strictObject({
  /** Adopted by this body ("ga", "ecosoc", "ccpcj"). */
  bodyId: z.optional(RecordId),
  /** Adopted within this period (a mandate without an adoption date never matches). */
  period: z.optional(Period),
  /** Citing this legal instrument (its id, one of the mandate's `instrumentIds`). */
  instrumentId: z.optional(RecordId),
  /** Every word occurs in the symbol, the id or the title in some language, ignoring case and accents. */
  text: z.optional(z.string().check(z.trim(), z.minLength(1))),
});
/** Which mandates a list asks for. */
export type MandateFilter = z.infer<typeof MandateFilter>;

/**
 * Whether a mandate is one the filter asks for: adopted by `bodyId`, on a date that may fall
 * in `period` ("2019" falls in a period ending in 2019), citing `instrumentId`, and with every
 * word of `text` in its symbol, id or title.
 * @example matchesMandateFilter(resolution74_173, { bodyId: "ga", text: "cybercrime" }) // true
 */
export function matchesMandateFilter(mandate: Mandate, filter: MandateFilter): boolean {
  if (filter.bodyId !== undefined && mandate.adoptingBodyId !== filter.bodyId) return false;
  if (filter.period !== undefined) {
    if (mandate.adoptedOn === undefined || !overlaps({ start: mandate.adoptedOn }, filter.period)) return false;
  }
  if (filter.instrumentId !== undefined && !(mandate.instrumentIds ?? []).includes(filter.instrumentId)) return false;
  if (filter.text === undefined) return true;
  return matchesSearchText([mandate.symbol ?? "", mandate.id, ...textVersions(mandate.title)], filter.text);
}
