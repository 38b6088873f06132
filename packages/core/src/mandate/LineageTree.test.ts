import { describe, expect, it } from "vitest";
import type { LineageEdge, LineageRelation } from "./LineageEdge";
import { buildLineageGraph } from "./LineageGraph";
import { descendantsOf, lineageOf, mandateIdsIn, type LineageTree } from "./LineageTree";
import type { Mandate } from "./Mandate";

function mandate(id: string, adoptedOn: string | undefined, lineage: LineageEdge[] = []): Mandate {
  return {
    id,
    symbol: `A/RES/74/${id.length * 100 + (id.charCodeAt(id.length - 1) % 100)}`,
    kind: "resolution",
    adoptingBodyId: "ga",
    ...(adoptedOn === undefined ? {} : { adoptedOn }),
    provisions: [],
    reportingObligations: [],
    lineage,
    status: "active",
    provenance: [],
  };
}

const to = (relation: LineageRelation, mandateId: string): LineageEdge => ({
  relation,
  target: { mandateId },
  provenance: [],
});

// Years as the 2021 report gives them (¶1–5). The builds-on chain follows the order in
// which its introduction presents the mandates; the other relations are ¶28 and ¶35–36.
const graph = buildLineageGraph([
  mandate("a-res-64-179", "2009"),
  mandate("salvador-declaration", undefined),
  mandate("a-res-65-230", "2010", [to("builds-on", "a-res-64-179"), to("endorses", "salvador-declaration")]),
  mandate("ccpcj-res-20-7", "2011", [to("builds-on", "a-res-65-230")]),
  mandate("ccpcj-res-22-8", "2013", [to("builds-on", "ccpcj-res-20-7")]),
  mandate("a-res-74-173", "2019", [to("reaffirms", "ccpcj-res-22-8"), to("builds-on", "a-res-65-230")]),
  mandate("doha-declaration", undefined, [to("updates", "salvador-declaration")]),
  mandate("a-res-70-174", undefined, [to("endorses", "doha-declaration")]),
  mandate("ccpcj-res-26-4", undefined, [to("continues", "a-res-65-230")]),
]);

function tree(result: ReturnType<typeof lineageOf>): LineageTree {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The tree as nested [relation, id] pairs, to compare whole shapes. */
function shape(node: LineageTree): unknown[] {
  return node.branches.map((branch) =>
    branch.kind === "mandate"
      ? [branch.relation, branch.tree.mandate.id, shape(branch.tree)]
      : [branch.relation, branch.kind],
  );
}

describe("lineageOf", () => {
  it("74/173 reaches 64/179 through 22/8, 20/7 and 65/230, and the Salvador Declaration through 65/230", () => {
    const ancestors = tree(lineageOf(graph, "a-res-74-173"));
    expect(mandateIdsIn(ancestors)).toEqual([
      "a-res-74-173",
      "ccpcj-res-22-8",
      "ccpcj-res-20-7",
      "a-res-65-230",
      "a-res-64-179",
      "salvador-declaration",
    ]);
    const via65230 = [
      ["builds-on", "a-res-64-179", []],
      ["endorses", "salvador-declaration", []],
    ];
    expect(shape(ancestors)).toEqual([
      ["reaffirms", "ccpcj-res-22-8", [["builds-on", "ccpcj-res-20-7", [["builds-on", "a-res-65-230", via65230]]]]],
      ["builds-on", "a-res-65-230", via65230],
    ]);
  });

  it("70/174 endorsed the Doha Declaration, which updated the Salvador Declaration", () => {
    expect(mandateIdsIn(tree(lineageOf(graph, "a-res-70-174")))).toEqual([
      "a-res-70-174",
      "doha-declaration",
      "salvador-declaration",
    ]);
  });

  it("a mandate with no lineage is a tree of one", () => {
    expect(tree(lineageOf(graph, "a-res-64-179")).branches).toEqual([]);
  });

  it("an unknown mandate id is an error, not an empty tree", () => {
    const result = lineageOf(graph, "a-res-74-247");
    expect(result.ok ? undefined : result.error).toMatchObject({ _tag: "MandateNotFound", mandateId: "a-res-74-247" });
  });

  it("a target that is not loaded is an unresolved leaf", () => {
    const partial = buildLineageGraph([mandate("a-res-74-173", "2019", [to("builds-on", "a-res-65-230")])]);
    expect(shape(tree(lineageOf(partial, "a-res-74-173")))).toEqual([["builds-on", "unresolved"]]);
  });

  it("in cyclic data the walk stops where a mandate repeats on the path", () => {
    const cyclic = buildLineageGraph([
      mandate("a", "2010", [to("builds-on", "b")]),
      mandate("b", "2011", [to("reaffirms", "a")]),
    ]);
    expect(shape(tree(lineageOf(cyclic, "a")))).toEqual([["builds-on", "b", [["reaffirms", "cycle"]]]]);
  });
});

describe("descendantsOf", () => {
  it("65/230 is built on by 20/7 and 74/173 and continued by 26/4, oldest first and undated last", () => {
    const descendants = tree(descendantsOf(graph, "a-res-65-230"));
    expect(
      descendants.branches.map((branch) =>
        branch.kind === "mandate" ? [branch.relation, branch.tree.mandate.id] : branch.kind,
      ),
    ).toEqual([
      ["builds-on", "ccpcj-res-20-7"],
      ["builds-on", "a-res-74-173"],
      ["continues", "ccpcj-res-26-4"],
    ]);
  });

  it("the Salvador Declaration's descendants include everything that builds on 65/230 or the Doha Declaration", () => {
    const ids = mandateIdsIn(tree(descendantsOf(graph, "salvador-declaration")));
    expect(new Set(ids)).toEqual(
      new Set([
        "salvador-declaration",
        "a-res-65-230",
        "ccpcj-res-20-7",
        "ccpcj-res-22-8",
        "a-res-74-173",
        "ccpcj-res-26-4",
        "doha-declaration",
        "a-res-70-174",
      ]),
    );
  });

  it("the newest mandate has no descendants", () => {
    expect(tree(descendantsOf(graph, "a-res-74-173")).branches).toEqual([]);
  });
});
