import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Inference } from "../provenance/Inference";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import type { Language } from "../text/Language";
import { LocalizedText, display } from "../text/LocalizedText";
import { PartialDate } from "../time/PartialDate";
import { LineageEdge } from "./LineageEdge";
import { MandateReference, referenceKey } from "./MandateReference";
import { OperativeProvision } from "./OperativeProvision";
import { ReportingObligation } from "./ReportingObligation";

/** What kind of act a mandate is. */
export const MandateKind = z.enum(["resolution", "decision", "declaration"]);
/** What kind of act a mandate is. */
export type MandateKind = z.infer<typeof MandateKind>;

/**
 * Whether a mandate still applies: `active`, `superseded` (replaced by a later one) or
 * `completed` (its asks are done, such as a one-off postponement). A mandate's `status` is
 * left out when the sources do not state it: the seeds cite mandates without saying
 * whether they still apply, and an assumed "active" would be invented.
 */
export const MandateStatus = z.enum(["active", "superseded", "completed"]);
/** Whether a mandate still applies. */
export type MandateStatus = z.infer<typeof MandateStatus>;

/**
 * A resolution, decision or declaration: who adopted it and when, its operative asks, the
 * reports it requests and how it relates to earlier mandates.
 *
 * - `symbol` is the document symbol ("A/RES/74/173") or, for a decision or resolution
 *   cited without one, its citation ("GA decision 74/567", "CCPCJ resolution 22/8").
 *   Resolutions and decisions must have one; a declaration adopted by a Crime Congress
 *   may be known only by its title and the resolution that endorsed it.
 * - `adoptedOn` and `title` are optional because the seeds often give only a year or no
 *   date and no title (the 2021 report: "2019 年，大会第 74/173 号决议"); never guess them.
 * - `adoptingBodyId` is a body id of the contract ("ga", "ecosoc", "ccpcj", "crime-congress").
 *   Resolutions and decisions have one; a declaration may have none, because the sources
 *   may name only the resolution that endorsed it (the 2011 guide ¶22: the Bangkok
 *   Declaration "endorsed by General Assembly resolution 60/177", its adopter unstated).
 * - `status` is present only where a source makes it a fact (see {@link MandateStatus}), or
 *   where a curator inferred it from what the sources state: then `statusInferred` says how.
 * - `instrumentIds` are the legal instruments the mandate cites (UNTOC, UNCAC…), by their
 *   record ids, so that "mandates citing instrument X" is a lookup (left out when it cites none).
 * @example
 * Mandate.parse({
 *   id: "a-res-74-173", symbol: "A/RES/74/173", kind: "resolution", adoptingBodyId: "ga",
 *   adoptedOn: "2019", provisions: [], reportingObligations: [], lineage: [],
 *   status: "active", provenance: [],
 * })
 */
export const Mandate = z
  .strictObject({
    id: RecordId,
    symbol: z.optional(MandateReference),
    kind: MandateKind,
    adoptingBodyId: z.optional(RecordId),
    adoptedOn: z.optional(PartialDate),
    title: z.optional(LocalizedText),
    provisions: z.array(OperativeProvision),
    reportingObligations: z.array(ReportingObligation),
    lineage: z.array(LineageEdge),
    instrumentIds: z.optional(z.array(RecordId).check(z.minLength(1))),
    status: z.optional(MandateStatus),
    statusInferred: z.optional(Inference),
    provenance: z.array(Provenance),
  })
  .check(
    z.superRefine((mandate, context) => {
      if (mandate.statusInferred !== undefined && mandate.status === undefined) {
        context.addIssue({
          code: "custom",
          path: ["statusInferred"],
          message: `${mandate.id}: statusInferred explains a status, but the mandate has none: give status or drop statusInferred`,
          params: rule("mandate.inferredWithoutStatus", { mandate: mandate.id }),
        });
      }
      if (mandate.kind !== "declaration" && mandate.symbol === undefined) {
        context.addIssue({
          code: "custom",
          path: ["symbol"],
          message: `${mandate.id}: a ${mandate.kind} needs its symbol ("A/RES/74/173") or citation ("GA decision 74/567")`,
          params: rule("mandate.needsSymbol", { mandate: mandate.id, kind: mandate.kind }),
        });
      }
      if (mandate.kind !== "declaration" && mandate.adoptingBodyId === undefined) {
        context.addIssue({
          code: "custom",
          path: ["adoptingBodyId"],
          message: `${mandate.id}: a ${mandate.kind} is adopted by a body its symbol or citation names; give adoptingBodyId ("ga", "ecosoc", "ccpcj")`,
          params: rule("mandate.needsAdoptingBody", { mandate: mandate.id, kind: mandate.kind }),
        });
      }
      const seen = new Set<string>();
      mandate.reportingObligations.forEach((obligation, index) => {
        if (seen.has(obligation.id)) {
          context.addIssue({
            code: "custom",
            path: ["reportingObligations", index, "id"],
            message: `${mandate.id}: reporting obligation id "${obligation.id}" is used twice; give each report its own id`,
            params: rule("mandate.obligationIdTwice", { mandate: mandate.id, obligation: obligation.id }),
          });
        }
        seen.add(obligation.id);
      });
      const ownKey = mandate.symbol === undefined ? undefined : referenceKey(mandate.symbol);
      mandate.lineage.forEach((edge, index) => {
        const target = edge.target;
        const isSelf =
          "mandateId" in target ? target.mandateId === mandate.id : referenceKey(target.reference) === ownKey;
        if (isSelf) {
          context.addIssue({
            code: "custom",
            path: ["lineage", index, "target"],
            message: `${mandate.id} ${edge.relation} itself: lineage points to an earlier, different mandate`,
            params: rule("mandate.lineageToItself", { mandate: mandate.id, relation: edge.relation }),
          });
        }
      });
    }),
  );
/** A resolution, decision or declaration with its asks, reports and lineage. */
export type Mandate = z.infer<typeof Mandate>;

/**
 * How a mandate is named for a reader: its symbol or citation, else (a declaration known by
 * its title) its title in the first of `languages` it has, else its id.
 * @example mandateLabel(doha, ["zh"]) // "关于将预防犯罪和刑事司法纳入……的多哈宣言"
 */
export function mandateLabel(
  mandate: Pick<Mandate, "id" | "symbol" | "title">,
  languages: readonly Language[] = ["en"],
): string {
  if (mandate.symbol !== undefined) return mandate.symbol;
  return mandate.title === undefined ? mandate.id : display(mandate.title, languages).text;
}
