import * as z from "zod";
import { M49Region } from "../geo";
import { LocalizedText } from "../text/LocalizedText";

/**
 * The regions an activity or a figure covers, as the source states them:
 * - `m49`: UN M49 area codes, used whenever an M49 area is the region the source means
 *   ("Southeast Asia" is "035" South-eastern Asia, "West Africa" is "011" Western Africa,
 *   "Latin America and the Caribbean" is "419", "Central America" is "013", "Africa" "002");
 * - `named`: a region in the source's words, only when no M49 area matches it (a grouping
 *   such as the ASEAN region, or a region the source leaves vague), kept as localized text.
 *
 * Filters and aggregation match regions by M49 code; `named` regions are shown, not matched.
 * @example RegionCoverage.parse({ m49: ["011", "419"], named: [] })
 */
export const RegionCoverage = z
  .object({
    m49: z.array(M49Region),
    named: z.array(LocalizedText),
  })
  .strict()
  .refine((regions) => new Set(regions.m49).size === regions.m49.length, {
    message: "an M49 region is listed twice; list each region once",
    path: ["m49"],
  });
/** The regions covered: M49 areas, and regions named in words when no M49 area matches. */
export type RegionCoverage = z.infer<typeof RegionCoverage>;

/** No region stated. */
export const NO_REGIONS: RegionCoverage = { m49: [], named: [] };

/** Coverage of M49 areas only: `m49Regions(["035"])` for "Southeast Asia". */
export function m49Regions(codes: readonly M49Region[]): RegionCoverage {
  return { m49: [...new Set(codes)], named: [] };
}
