import type { LineageEdge, LineageRelation } from "./LineageEdge";
import type { Mandate } from "./Mandate";
import {
  duplicateMandateId,
  duplicateMandateSymbol,
  unknownLineageTarget,
  type DuplicateMandate,
  type UnknownLineageTarget,
} from "./MandateErrors";
import type { MandateLink } from "./MandateLink";
import { referenceKey } from "./MandateReference";

/** A lineage edge whose target was found: from the later mandate to the earlier one. */
export interface ResolvedLineageEdge {
  readonly fromId: string;
  readonly toId: string;
  readonly relation: LineageRelation;
  readonly edge: LineageEdge;
  /** The edge's position in the source mandate's `lineage`. */
  readonly edgeIndex: number;
}

/**
 * The lineage of a set of mandates, with every edge resolved to a mandate id where it can
 * be. Edges whose target is not among the mandates are kept in `unknownTargets` (the
 * target may not be loaded yet) and left out of `edges`.
 */
export interface LineageGraph {
  readonly mandates: ReadonlyMap<string, Mandate>;
  readonly edges: readonly ResolvedLineageEdge[];
  /** Edges held by each mandate: towards its ancestors. */
  readonly outgoing: ReadonlyMap<string, readonly ResolvedLineageEdge[]>;
  /** Edges pointing at each mandate: from its descendants. */
  readonly incoming: ReadonlyMap<string, readonly ResolvedLineageEdge[]>;
  readonly unknownTargets: readonly UnknownLineageTarget[];
  readonly duplicates: readonly DuplicateMandate[];
  /** Mandate id by the key of its symbol or citation (see `referenceKey`). */
  readonly idsByReference: ReadonlyMap<string, string>;
}

/**
 * Builds the lineage graph of `mandates`. Never throws: unknown targets and duplicate
 * ids or symbols are reported in the graph.
 * @example buildLineageGraph(mandates).unknownTargets // [] when every target is loaded
 */
export function buildLineageGraph(mandates: readonly Mandate[]): LineageGraph {
  const byId = new Map<string, Mandate>();
  const idsByReference = new Map<string, string>();
  const duplicates: DuplicateMandate[] = [];
  const holders = new Map<string, string[]>();
  const idCounts = new Map<string, number>();
  for (const mandate of mandates) {
    idCounts.set(mandate.id, (idCounts.get(mandate.id) ?? 0) + 1);
    if (byId.has(mandate.id)) continue;
    byId.set(mandate.id, mandate);
    if (mandate.symbol !== undefined) {
      const key = referenceKey(mandate.symbol);
      holders.set(key, [...(holders.get(key) ?? []), mandate.id]);
      if (!idsByReference.has(key)) idsByReference.set(key, mandate.id);
    }
  }
  for (const [id, count] of idCounts) {
    if (count > 1) duplicates.push(duplicateMandateId(id, count));
  }
  for (const [key, ids] of holders) {
    if (ids.length > 1) duplicates.push(duplicateMandateSymbol(key, ids));
  }
  const edges: ResolvedLineageEdge[] = [];
  const unknownTargets: UnknownLineageTarget[] = [];
  const outgoing = new Map<string, ResolvedLineageEdge[]>();
  const incoming = new Map<string, ResolvedLineageEdge[]>();
  for (const mandate of byId.values()) {
    mandate.lineage.forEach((edge, edgeIndex) => {
      const toId = resolveLink(edge.target, byId, idsByReference);
      if (toId === undefined) {
        unknownTargets.push(unknownLineageTarget(mandate.id, edgeIndex, edge.relation, edge.target));
        return;
      }
      const resolved: ResolvedLineageEdge = { fromId: mandate.id, toId, relation: edge.relation, edge, edgeIndex };
      edges.push(resolved);
      outgoing.set(mandate.id, [...(outgoing.get(mandate.id) ?? []), resolved]);
      incoming.set(toId, [...(incoming.get(toId) ?? []), resolved]);
    });
  }
  return { mandates: byId, edges, outgoing, incoming, unknownTargets, duplicates, idsByReference };
}

function resolveLink(
  link: MandateLink,
  byId: ReadonlyMap<string, Mandate>,
  idsByReference: ReadonlyMap<string, string>,
): string | undefined {
  if ("mandateId" in link) return byId.has(link.mandateId) ? link.mandateId : undefined;
  return idsByReference.get(referenceKey(link.reference));
}

/**
 * The mandate a link points to within the graph, if it is there.
 * @example resolveMandateLink(graph, { reference: "GA resolution 65/230" })?.id // "a-res-65-230"
 */
export function resolveMandateLink(graph: LineageGraph, link: MandateLink): Mandate | undefined {
  const id = resolveLink(link, graph.mandates, graph.idsByReference);
  return id === undefined ? undefined : graph.mandates.get(id);
}
