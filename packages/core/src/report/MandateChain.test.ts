import { describe, expect, it } from "vitest";
import { buildLineageGraph } from "../mandate/LineageGraph";
import { mandateChain } from "./MandateChain";
import type { ReportContext } from "./ReportContext";
import { reportFixture } from "../testing/ReportFixture";
import type { ReportTemplateSet } from "./ReportTemplates";

// The chain is found from the records alone; only writing it (writeMandateChain) needs words.
const NO_WORDS = {} as ReportTemplateSet;

function contextFor(mandateId: string): ReportContext {
  const records = reportFixture();
  const graph = buildLineageGraph(records.mandates);
  const mandate = graph.mandates.get(mandateId);
  if (mandate === undefined) throw new Error(mandateId);
  return {
    records,
    period: { start: "2020" },
    templates: NO_WORDS,
    language: "en",
    mandate,
    graph,
    indicators: new Map(),
    activities: new Map(),
  };
}

describe("mandateChain", () => {
  it("marks the ancestors reached through lineage apart from the mandates found by their asks", () => {
    const chain = mandateChain(contextFor("a-res-74-173"), ["unodc"], ["explore", "provide-technical-assistance"]);
    expect(chain.links.map((link) => [link.mandate.id, link.via])).toEqual([
      ["a-res-64-179", "provisions"],
      ["ccpcj-res-22-8", "lineage"],
      ["a-res-74-173", "report"],
    ]);
  });

  it("keeps out what was adopted after the report's mandate and says which mandates it could not date", () => {
    const chain = mandateChain(contextFor("ccpcj-res-22-8"), ["unodc"], ["explore", "provide-technical-assistance"]);
    expect(chain.links.map((link) => link.mandate.id)).toEqual(["a-res-64-179", "ccpcj-res-22-8"]);
    expect(chain.unplaced.map((item) => item.mandateId)).toEqual(["a-res-74-174"]);
  });

  it("asks only for the actions given", () => {
    const chain = mandateChain(contextFor("a-res-74-173"), ["unodc"], ["explore"]);
    expect(chain.links.map((link) => link.mandate.id)).toEqual(["a-res-64-179"]);
  });
});
