import type { LineageRelation } from "./LineageEdge";
import { buildLineageGraph, type LineageGraph, type ResolvedLineageEdge } from "./LineageGraph";
import type { Mandate } from "./Mandate";
import { mandateLabel } from "./Mandate";
import type { LineageCycle } from "./MandateErrors";

/**
 * Finds the cycles in the lineage of `mandates`. Every lineage relation points back in
 * time, so a mandate that reaches itself (reaffirms itself, or builds on one that builds
 * on it) is an error in the data. One cycle is reported per back edge of a depth-first
 * walk in id order, so the result is stable, and once those edges are removed no cycle
 * remains. Unknown targets are not cycles; see `buildLineageGraph(...).unknownTargets`.
 * @example detectCycles([a, b]) // [{ _tag: "LineageCycle", mandateIds: ["a", "b"], relations: ["reaffirms", "builds-on"], message: "..." }]
 */
export function detectCycles(mandates: readonly Mandate[]): LineageCycle[] {
  return cyclesIn(buildLineageGraph(mandates));
}

/** The cycles of an already built lineage graph; see {@link detectCycles}. */
export function cyclesIn(graph: LineageGraph): LineageCycle[] {
  const state = new Map<string, "open" | "done">();
  const path: ResolvedLineageEdge[] = [];
  const pathIds: string[] = [];
  const cycles: LineageCycle[] = [];
  const seen = new Set<string>();

  const visit = (id: string): void => {
    state.set(id, "open");
    pathIds.push(id);
    for (const edge of graph.outgoing.get(id) ?? []) {
      const targetState = state.get(edge.toId);
      if (targetState === "open") {
        const start = pathIds.lastIndexOf(edge.toId);
        const steps = [...path.slice(start), edge];
        const cycle = makeCycle(graph, steps);
        const key = cycle.mandateIds.join(" ");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (targetState === undefined) {
        path.push(edge);
        visit(edge.toId);
        path.pop();
      }
    }
    pathIds.pop();
    state.set(id, "done");
  };

  for (const id of [...graph.mandates.keys()].sort()) {
    if (!state.has(id)) visit(id);
  }
  return cycles;
}

function makeCycle(graph: LineageGraph, steps: readonly ResolvedLineageEdge[]): LineageCycle {
  // Rotate so the cycle starts at its smallest id: the same cycle reads the same way
  // whichever mandate the walk entered it from.
  let first = 0;
  steps.forEach((step, index) => {
    if (step.fromId < (steps[first]?.fromId ?? step.fromId)) first = index;
  });
  const rotated = [...steps.slice(first), ...steps.slice(0, first)];
  const mandateIds = rotated.map((step) => step.fromId);
  const relations: LineageRelation[] = rotated.map((step) => step.relation);
  const label = (id: string): string => {
    const mandate = graph.mandates.get(id);
    return mandate === undefined ? id : mandateLabel(mandate);
  };
  const chain = rotated.map((step) => `${label(step.fromId)} ${step.relation} ${label(step.toId)}`).join(", ");
  const message =
    rotated.length === 1
      ? `lineage cycle: ${chain}. A mandate cannot point to itself; lineage points to an earlier, different mandate.`
      : `lineage cycle: ${chain}. Lineage points back in time, so a mandate cannot reach itself through others; remove or reverse one of these edges.`;
  return { _tag: "LineageCycle", mandateIds, relations, message };
}
