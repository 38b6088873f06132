import type { Result } from "../result/Result";
import { earliestDay } from "../time/PartialDate";
import type { LineageEdge, LineageRelation } from "./LineageEdge";
import type { LineageGraph, ResolvedLineageEdge } from "./LineageGraph";
import type { Mandate } from "./Mandate";
import { mandateNotFound, type MandateNotFound } from "./MandateErrors";

/**
 * One step of a lineage tree, read from the parent: in an ancestors tree "parent
 * <relation> child" (74/173 reaffirms 22/8); in a descendants tree "child <relation>
 * parent" (26/4 continues 65/230's expert group). `edge` is the stored edge.
 * - `mandate`: the related mandate, with its own branches;
 * - `unresolved`: the target is not among the mandates (ancestors only);
 * - `cycle`: the mandate is already on the path from the root, so it is not expanded again.
 */
export type LineageBranch =
  | {
      readonly kind: "mandate";
      readonly relation: LineageRelation;
      readonly edge: LineageEdge;
      readonly tree: LineageTree;
    }
  | { readonly kind: "unresolved"; readonly relation: LineageRelation; readonly edge: LineageEdge }
  | {
      readonly kind: "cycle";
      readonly relation: LineageRelation;
      readonly edge: LineageEdge;
      readonly mandateId: string;
    };

/** A mandate and the mandates related to it, as a tree. */
export interface LineageTree {
  readonly mandate: Mandate;
  readonly branches: readonly LineageBranch[];
}

/** A lineage tree under `value`, or under `error` the `MandateNotFound` that says there is none. */
export type LineageResult = Result<LineageTree, MandateNotFound>;

/**
 * The ancestors of a mandate as a tree, following its lineage edges in their stored order:
 * 74/173 → 65/230 → the Salvador Declaration. A mandate reached twice by different paths
 * appears under each; a mandate already on the path is a `cycle` leaf.
 * @example lineageOf(graph, "a-res-74-173")
 */
export function lineageOf(graph: LineageGraph, mandateId: string): LineageResult {
  return grow(graph, mandateId, (id) => ancestorSteps(graph, id));
}

/**
 * The descendants of a mandate as a tree: the mandates that reaffirm, build on, update,
 * supersede, continue or endorse it, oldest first.
 * @example descendantsOf(graph, "a-res-65-230")
 */
export function descendantsOf(graph: LineageGraph, mandateId: string): LineageResult {
  return grow(graph, mandateId, (id) => descendantSteps(graph, id));
}

/** The distinct mandate ids of a tree, root first, in depth-first order. */
export function mandateIdsIn(tree: LineageTree): string[] {
  const ids: string[] = [];
  const walk = (node: LineageTree): void => {
    if (!ids.includes(node.mandate.id)) ids.push(node.mandate.id);
    for (const branch of node.branches) if (branch.kind === "mandate") walk(branch.tree);
  };
  walk(tree);
  return ids;
}

interface Step {
  readonly relation: LineageRelation;
  readonly edge: LineageEdge;
  /** The related mandate's id, or undefined when the target is unknown. */
  readonly otherId: string | undefined;
}

function ancestorSteps(graph: LineageGraph, id: string): Step[] {
  const mandate = graph.mandates.get(id);
  if (mandate === undefined) return [];
  const resolved = new Map<number, ResolvedLineageEdge>();
  for (const edge of graph.outgoing.get(id) ?? []) resolved.set(edge.edgeIndex, edge);
  return mandate.lineage.map((edge, index) => ({ relation: edge.relation, edge, otherId: resolved.get(index)?.toId }));
}

function descendantSteps(graph: LineageGraph, id: string): Step[] {
  const order = (edge: ResolvedLineageEdge): string => {
    const adoptedOn = graph.mandates.get(edge.fromId)?.adoptedOn;
    return `${adoptedOn === undefined ? "9999-12-31" : earliestDay(adoptedOn)} ${edge.fromId}`;
  };
  return [...(graph.incoming.get(id) ?? [])]
    .sort((a, b) => order(a).localeCompare(order(b)) || a.edgeIndex - b.edgeIndex)
    .map((edge) => ({ relation: edge.relation, edge: edge.edge, otherId: edge.fromId }));
}

function grow(graph: LineageGraph, rootId: string, stepsOf: (id: string) => Step[]): LineageResult {
  const root = graph.mandates.get(rootId);
  if (root === undefined) return { ok: false, error: mandateNotFound(rootId) };
  const build = (mandate: Mandate, onPath: ReadonlySet<string>): LineageTree => {
    const branches = stepsOf(mandate.id).map((step): LineageBranch => {
      const other = step.otherId === undefined ? undefined : graph.mandates.get(step.otherId);
      if (other === undefined) return { kind: "unresolved", relation: step.relation, edge: step.edge };
      if (onPath.has(other.id)) return { kind: "cycle", relation: step.relation, edge: step.edge, mandateId: other.id };
      return {
        kind: "mandate",
        relation: step.relation,
        edge: step.edge,
        tree: build(other, new Set([...onPath, other.id])),
      };
    });
    return { mandate, branches };
  };
  return { ok: true, value: build(root, new Set([root.id])) };
}
