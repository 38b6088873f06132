import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { M49Region } from "../geo";
import { LocalizedText } from "../text/LocalizedText";

/**
 * A region in a source's words, and the M49 area it stands for when one does.
 * @example NamedRegion.parse({ name: { en: "the ASEAN region", zh: "东盟区域" } })
 */
export const NamedRegion = z.strictObject({
  name: LocalizedText,
  m49: z.optional(M49Region),
});
/** A region in a source's words, with the M49 area it stands for when one does. */
export type NamedRegion = z.infer<typeof NamedRegion>;

/**
 * The regions an activity or a figure covers, as the source states them:
 * - `m49`: UN M49 area codes, used whenever an M49 area is the region the source means
 *   ("Southeast Asia" is "035" South-eastern Asia, "West Africa" is "011" Western Africa,
 *   "Latin America and the Caribbean" is "419", "Central America" is "013", "Africa" "002");
 * - `named`: a region in the source's words, when the source's words are not an M49 area's
 *   name (a grouping such as the ASEAN region; "Latin America", ¶32–33), kept as localized
 *   text and written as the source writes it. Its `m49` is the M49 area it stands for, when
 *   one does ("Latin America" for 419, Latin America and the Caribbean), so a filter by that
 *   code finds it; a region with no such area carries none and is shown, not matched.
 * @example RegionCoverage.parse({ m49: ["035", "002"], named: [{ name: { en: "Latin America", zh: "拉丁美洲" }, m49: "419" }] })
 */
export const RegionCoverage = z
  .strictObject({
    m49: z.array(M49Region),
    named: z.array(NamedRegion),
  })
  .check(
    z.refine((regions) => new Set(regions.m49).size === regions.m49.length, {
      message: "an M49 region is listed twice; list each region once",
      params: rule("coverage.regionTwice", {}),
      path: ["m49"],
    }),
    z.refine((regions) => regions.named.every((named) => named.m49 === undefined || !regions.m49.includes(named.m49)), {
      message: "a named region stands for an M49 area that is also listed: keep one of them",
      params: rule("coverage.namedRegionListed", {}),
      path: ["named"],
    }),
  );
/** The regions covered: M49 areas, and regions named in words when no M49 area matches. */
export type RegionCoverage = z.infer<typeof RegionCoverage>;

/** No region stated. */
export const NO_REGIONS: RegionCoverage = { m49: [], named: [] };

/** The M49 codes a coverage is found by: its areas and the areas its named regions stand for. */
export function coverageRegionCodes(regions: RegionCoverage): string[] {
  return [
    ...new Set([...regions.m49, ...regions.named.flatMap((named) => (named.m49 === undefined ? [] : [named.m49]))]),
  ];
}

/** Coverage of M49 areas only: `m49Regions(["035"])` for "Southeast Asia". */
export function m49Regions(codes: readonly M49Region[]): RegionCoverage {
  return { m49: [...new Set(codes)], named: [] };
}
