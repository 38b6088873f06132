import * as z from "zod/mini";
import { Inference } from "../provenance/Inference";
import { Provenance } from "../provenance/Provenance";
import { MandateLink } from "./MandateLink";

/**
 * How a mandate relates to an earlier one. Every relation points back in time (the
 * source is the later mandate), which is why a cycle is always an error:
 * - `reaffirms`: restates the earlier mandate (74/173 reaffirms UNODC's role as a
 *   repository under CCPCJ 22/8, 2021 report ¶28);
 * - `builds-on`: extends it with new asks;
 * - `updates`: changes its terms (the Doha Declaration updated the mandate set under
 *   65/230, ¶35);
 * - `supersedes`: replaces it;
 * - `continues`: prolongs the body or work it set up (CCPCJ 26/4 continued the expert
 *   group, ¶36);
 * - `endorses`: a resolution endorses a declaration (65/230 endorsed the Salvador
 *   Declaration, 70/174 the Doha Declaration, ¶35).
 */
export const LineageRelation = z.enum(["reaffirms", "builds-on", "updates", "supersedes", "continues", "endorses"]);
/** How a mandate relates to an earlier one. */
export type LineageRelation = z.infer<typeof LineageRelation>;

/**
 * An edge of mandate lineage, from the mandate that holds it to an earlier `target`.
 * `inferred` marks an edge the sources do not state but imply, with the reasoning (CCPCJ
 * 26/4 continues the expert group set up under 65/230: ¶35–36 say both, not the link).
 * @example LineageEdge.parse({ relation: "endorses", target: { mandateId: "salvador-declaration" }, provenance: [] })
 */
export const LineageEdge = z.strictObject({
  relation: LineageRelation,
  target: MandateLink,
  provenance: z.array(Provenance),
  inferred: z.optional(Inference),
});
/** An edge of mandate lineage. */
export type LineageEdge = z.infer<typeof LineageEdge>;
