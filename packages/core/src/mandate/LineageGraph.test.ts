import { describe, expect, it } from "vitest";
import type { LineageEdge, LineageRelation } from "./LineageEdge";
import { detectCycles } from "./LineageCycles";
import { buildLineageGraph, resolveMandateLink } from "./LineageGraph";
import type { Mandate } from "./Mandate";

function mandate(id: string, symbol: string | undefined, lineage: LineageEdge[] = []): Mandate {
  return {
    id,
    ...(symbol === undefined ? {} : { symbol }),
    kind: symbol === undefined ? "declaration" : "resolution",
    adoptingBodyId: "ga",
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
const toSymbol = (relation: LineageRelation, reference: string): LineageEdge => ({
  relation,
  target: { reference },
  provenance: [],
});

// The mandates of the 2021 report. The builds-on chain follows the order in which its
// introduction presents them (¶1–5); "reaffirms" is ¶28; "endorses", "updates" and
// "continues" are ¶35–36.
const seedChain = [
  mandate("a-res-64-179", "A/RES/64/179"),
  mandate("salvador-declaration", undefined),
  mandate("a-res-65-230", "A/RES/65/230", [to("builds-on", "a-res-64-179"), to("endorses", "salvador-declaration")]),
  mandate("ccpcj-res-20-7", "CCPCJ resolution 20/7", [toSymbol("builds-on", "A/RES/65/230")]),
  mandate("ccpcj-res-22-8", "CCPCJ resolution 22/8", [to("builds-on", "ccpcj-res-20-7")]),
  mandate("a-res-74-173", "A/RES/74/173", [
    to("builds-on", "a-res-65-230"),
    toSymbol("reaffirms", "CCPCJ resolution 22/8"),
  ]),
  mandate("doha-declaration", undefined, [to("updates", "salvador-declaration")]),
  mandate("a-res-70-174", "A/RES/70/174", [to("endorses", "doha-declaration")]),
  mandate("ccpcj-res-26-4", "CCPCJ resolution 26/4", [to("continues", "a-res-65-230")]),
];

describe("lineage cycles", () => {
  it("the chain from 64/179 to 74/173 has no cycle and every target is known", () => {
    expect(detectCycles(seedChain)).toEqual([]);
    expect(buildLineageGraph(seedChain).unknownTargets).toEqual([]);
  });

  it("a mandate that reaffirms itself is a cycle of one", () => {
    const cycles = detectCycles([mandate("a-res-74-173", "A/RES/74/173", [to("reaffirms", "a-res-74-173")])]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ _tag: "LineageCycle", mandateIds: ["a-res-74-173"], relations: ["reaffirms"] });
    expect(cycles[0]?.message).toContain("A/RES/74/173 reaffirms A/RES/74/173");
  });

  it("two mandates that build on each other are a direct cycle", () => {
    const cycles = detectCycles([
      mandate("b", "A/RES/65/230", [to("reaffirms", "a")]),
      mandate("a", "A/RES/74/173", [to("builds-on", "b")]),
    ]);
    expect(cycles.map((cycle) => cycle.mandateIds)).toEqual([["a", "b"]]);
    expect(cycles[0]?.relations).toEqual(["builds-on", "reaffirms"]);
  });

  it("an indirect cycle through three mandates names every step, starting from the smallest id", () => {
    const cycles = detectCycles([
      mandate("c", "A/RES/70/174", [to("updates", "a")]),
      mandate("a", "A/RES/64/179", [to("builds-on", "b")]),
      mandate("b", "A/RES/65/230", [toSymbol("reaffirms", "A/RES/70/174")]),
    ]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.mandateIds).toEqual(["a", "b", "c"]);
    expect(cycles[0]?.message).toContain(
      "A/RES/64/179 builds-on A/RES/65/230, A/RES/65/230 reaffirms A/RES/70/174, A/RES/70/174 updates A/RES/64/179",
    );
    expect(cycles[0]?.message).toContain("remove or reverse one of these edges");
  });

  it("separate cycles are each reported, and a mandate outside them is not", () => {
    const cycles = detectCycles([
      ...seedChain,
      mandate("x", "A/RES/75/1", [to("reaffirms", "y")]),
      mandate("y", "A/RES/75/2", [to("reaffirms", "x")]),
      mandate("z", "A/RES/75/3", [to("continues", "z")]),
    ]);
    expect(cycles.map((cycle) => cycle.mandateIds)).toEqual([["x", "y"], ["z"]]);
  });

  it("a cycle made by adding one edge to the seed chain is found", () => {
    const broken = seedChain.map((m) =>
      m.id === "a-res-64-179" ? { ...m, lineage: [to("reaffirms", "a-res-74-173")] } : m,
    );
    const ids = detectCycles(broken).map((cycle) => cycle.mandateIds);
    expect(ids).toContainEqual(["a-res-64-179", "a-res-74-173", "a-res-65-230"]);
  });
});

describe("lineage targets", () => {
  it("a target that is not loaded is reported with the edge that names it, not thrown", () => {
    const set = [
      mandate("a-res-74-173", "A/RES/74/173", [
        to("builds-on", "a-res-65-230"),
        toSymbol("reaffirms", "GA decision 74/567"),
      ]),
    ];
    const graph = buildLineageGraph(set);
    expect(graph.unknownTargets.map((unknown) => [unknown.mandateId, unknown.edgeIndex])).toEqual([
      ["a-res-74-173", 0],
      ["a-res-74-173", 1],
    ]);
    expect(graph.unknownTargets[1]?.message).toContain("GA decision 74/567");
    expect(graph.edges).toEqual([]);
    expect(detectCycles(set)).toEqual([]);
  });

  it("a target named by symbol or by citation resolves to the stored mandate", () => {
    const graph = buildLineageGraph(seedChain);
    expect(resolveMandateLink(graph, { reference: "A/RES/65/230" })?.id).toBe("a-res-65-230");
    expect(resolveMandateLink(graph, { reference: "CCPCJ resolution 22/8" })?.id).toBe("ccpcj-res-22-8");
    expect(resolveMandateLink(graph, { mandateId: "doha-declaration" })?.id).toBe("doha-declaration");
    expect(resolveMandateLink(graph, { reference: "A/RES/74/174" })).toBeUndefined();
  });

  it("a citation and the symbol it stands for are the same mandate", () => {
    const graph = buildLineageGraph([
      mandate("a-res-65-230", "A/RES/65/230"),
      mandate("later", "A/RES/74/173", [toSymbol("builds-on", "GA resolution 65/230")]),
    ]);
    expect(graph.unknownTargets).toEqual([]);
    expect(graph.edges.map((edge) => edge.toId)).toEqual(["a-res-65-230"]);
  });

  it("duplicate ids and shared symbols are reported, and the first record is kept", () => {
    const graph = buildLineageGraph([
      mandate("a-res-74-173", "A/RES/74/173"),
      mandate("a-res-74-173", "A/RES/74/174"),
      mandate("copy-of-74-173", "A/RES/74/173"),
    ]);
    expect(graph.duplicates.map((duplicate) => [duplicate.field, duplicate.value])).toEqual([
      ["id", "a-res-74-173"],
      ["symbol", "A/RES/74/173"],
    ]);
    expect(graph.mandates.get("a-res-74-173")?.symbol).toBe("A/RES/74/173");
  });
});
