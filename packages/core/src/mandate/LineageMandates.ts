import { buildLineageGraph, type ResolvedLineageEdge } from "./LineageGraph";
import type { Mandate } from "./Mandate";

function byId(a: Mandate, b: Mandate): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The mandates a lineage of `mandateId` reads, both ways: the mandate, every mandate it
 * reaches through lineage edges (its ancestors), and every mandate that reaches it (its
 * descendants), in id order; empty when no mandate has that id. `lineageOf` and
 * `descendantsOf` over a graph of these give the same trees as over a graph of all, so a
 * store answers `Store.lineageMandates` without reading the whole registry. References are
 * resolved as `buildLineageGraph` resolves them over the mandates in id order.
 * @example lineageMandatesIn(mandates, "a-res-74-173").map((mandate) => mandate.id) // ["a-res-64-179", …, "a-res-74-173"]
 */
export function lineageMandatesIn(mandates: readonly Mandate[], mandateId: string): Mandate[] {
  const graph = buildLineageGraph([...mandates].sort(byId));
  if (!graph.mandates.has(mandateId)) return [];
  const reached = new Set<string>([mandateId]);
  const walk = (
    edges: ReadonlyMap<string, readonly ResolvedLineageEdge[]>,
    next: (edge: ResolvedLineageEdge) => string,
  ) => {
    const pending = [mandateId];
    const seen = new Set<string>([mandateId]);
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      for (const edge of edges.get(id) ?? []) {
        const other = next(edge);
        if (seen.has(other)) continue;
        seen.add(other);
        reached.add(other);
        pending.push(other);
      }
    }
  };
  walk(graph.outgoing, (edge) => edge.toId);
  walk(graph.incoming, (edge) => edge.fromId);
  return [...reached].sort().map((id) => graph.mandates.get(id) as Mandate);
}
