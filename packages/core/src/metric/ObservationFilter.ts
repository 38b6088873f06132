import * as z from "zod/mini";
import { Country } from "../geo/Country";
import { RecordId } from "../record/RecordId";
import { Period, overlaps } from "../time/Period";
import type { Observation } from "./Observation";

/**
 * Which observations (figures) a list asks for. Every criterion given must hold; an empty
 * filter asks for every observation. {@link matchesObservationFilter} is the definition every
 * store follows.
 * @example ObservationFilter.parse({ indicatorId: "practitioners-trained", country: "SLV" })
 */
export const ObservationFilter = z.strictObject({
  /** Figures of this indicator. */
  indicatorId: z.optional(RecordId),
  /** Figures whose scope names this country (alpha-3); counted-only countries never match. */
  country: z.optional(Country),
  /** Figures whose period shares at least one possible day with this one. */
  period: z.optional(Period),
});
/** Which observations a list asks for. */
export type ObservationFilter = z.infer<typeof ObservationFilter>;

/**
 * Whether an observation is one the filter asks for: of `indicatorId`, naming `country` in its
 * scope, over a period that overlaps `period`.
 * @example matchesObservationFilter(trained2440, { country: "SLV" }) // false: "64 countries", none named
 */
export function matchesObservationFilter(observation: Observation, filter: ObservationFilter): boolean {
  if (filter.indicatorId !== undefined && observation.indicatorId !== filter.indicatorId) return false;
  if (filter.country !== undefined && !observation.scope.countries.named.includes(filter.country)) return false;
  return filter.period === undefined || overlaps(observation.scope.period, filter.period);
}
