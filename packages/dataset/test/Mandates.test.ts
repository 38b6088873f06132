import {
  SELF_EXECUTING_ACTIONS,
  buildLineageGraph,
  descendantsOf,
  detectCycles,
  dueReports,
  isPartialReference,
  lineageOf,
  mandateIdsIn,
  yearOf,
} from "@remit/core";
import { describe, expect, it } from "vitest";
import { REPORT_2021 } from "../src";
import { seedDataset } from "./SeedQueries";

const dataset = seedDataset();
const graph = buildLineageGraph(dataset.mandates);

describe("reports due at the Commission's sessions", () => {
  it("the reports due at the 30th session include 74/173's report, deferred from the 29th, which met in reduced format", () => {
    const due = dueReports(dataset.mandates, "ccpcj", 30);
    expect(due.map((report) => [report.mandate.id, report.obligation.id, report.disposition])).toEqual([
      ["a-res-74-173", "a-res-74-173-report", "due"],
    ]);
    const [report] = due;
    expect(report?.deferrals.map((deferral) => [deferral.fromSession, deferral.toSession])).toEqual([[29, 30]]);
    expect(report?.deferrals[0]?.reason.zh).toContain("缩小规模的形式");
    expect(report?.obligation.status).toBe("submitted");
    // The report was submitted as E/CN.15/2021/…: its number is not stated, and none is invented.
    expect(report?.obligation.submittedAs).toBe(REPORT_2021.citation);
    expect(isPartialReference(report?.obligation.submittedAs ?? "")).toBe(true);
  });

  it("at the 29th session the report appears only as deferred away", () => {
    expect(dueReports(dataset.mandates, "ccpcj", 29)).toEqual([]);
    expect(
      dueReports(dataset.mandates, "ccpcj", 29, { includeDeferredAway: true }).map((report) => [
        report.mandate.id,
        report.disposition,
        report.dueSession,
      ]),
    ).toEqual([["a-res-74-173", "deferred-away", { bodyId: "ccpcj", sessionNumber: 30 }]]);
  });

  it("74/247 asks for the ad hoc committee's outline and modalities for the General Assembly's 75th session", () => {
    expect(
      dueReports(dataset.mandates, "ga", 75).map((report) => [report.obligation.id, report.obligation.status]),
    ).toEqual([["a-res-74-247-outline", "pending"]]);
  });
});

describe("mandate lineage", () => {
  it("has no cycles and every lineage target is a mandate of the dataset", () => {
    expect(detectCycles(dataset.mandates)).toEqual([]);
    expect(graph.unknownTargets).toEqual([]);
  });

  it("70/174 endorses the Doha Declaration, which updated the mandate set under 65/230, which endorsed the Salvador Declaration", () => {
    const result = lineageOf(graph, "a-res-70-174");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(mandateIdsIn(result.value)).toEqual([
      "a-res-70-174",
      "doha-declaration",
      "a-res-65-230",
      "salvador-declaration",
    ]);
  });

  it("65/230's expert group was continued by CCPCJ 26/4 and its mandate updated by the Doha Declaration", () => {
    const result = descendantsOf(graph, "a-res-65-230");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.value.branches.map((branch) =>
        branch.kind === "mandate" ? [branch.relation, branch.tree.mandate.id] : [branch.kind],
      ),
    ).toEqual(
      expect.arrayContaining([
        ["updates", "doha-declaration"],
        ["continues", "ccpcj-res-26-4"],
      ]),
    );
  });

  it("74/173 reaffirms UNODC's role as central repository under CCPCJ 22/8 (¶28)", () => {
    const mandate = dataset.mandates.find((candidate) => candidate.id === "a-res-74-173");
    expect(mandate?.lineage).toEqual([
      expect.objectContaining({ relation: "reaffirms", target: { mandateId: "ccpcj-res-22-8" } }),
    ]);
  });
});

describe("what the seeds say about each mandate, and nothing more", () => {
  it("the mandate chain of the report's introduction (¶1–5) reads 64/179 → 65/230 → 20/7 → 22/8 → 74/173 by year of adoption", () => {
    const introduction = dataset.mandates.filter((mandate) =>
      mandate.provenance.some(
        (p) =>
          p.source === "document" && p.symbol === REPORT_2021.citation && p.paragraphs.some((n) => n >= 1 && n <= 5),
      ),
    );
    const chain = [...introduction].sort((a, b) => (a.adoptedOn ?? "").localeCompare(b.adoptedOn ?? ""));
    expect(chain.map((mandate) => [mandate.symbol, mandate.adoptedOn])).toEqual([
      ["A/RES/64/179", "2009"],
      ["A/RES/65/230", "2010"],
      ["CCPCJ resolution 20/7", "2011"],
      ["CCPCJ resolution 22/8", "2013"],
      ["A/RES/74/173", "2019"],
    ]);
  });

  it("a mandate has an adoption date only where a seed states its year, in the words of a cited passage", () => {
    for (const mandate of dataset.mandates) {
      if (mandate.adoptedOn === undefined) continue;
      const year = String(yearOf(mandate.adoptedOn));
      const quotes = mandate.provenance.flatMap((p) =>
        p.source === "document" && p.quote !== undefined ? [p.quote] : [],
      );
      expect(
        quotes.some((quote) => quote.includes(`${year} 年`)),
        `${mandate.id} adopted ${mandate.adoptedOn}`,
      ).toBe(true);
    }
  });

  it("resolutions and decisions are named by symbol or citation; declarations known only by title keep none", () => {
    const unnamed = dataset.mandates
      .filter((mandate) => mandate.symbol === undefined)
      .map((mandate) => [mandate.id, mandate.kind]);
    expect(unnamed).toEqual([
      ["bangkok-declaration", "declaration"],
      ["salvador-declaration", "declaration"],
      ["doha-declaration", "declaration"],
    ]);
  });
});

describe("what the seeds leave unstated about mandates stays unstated", () => {
  it("the Bangkok Declaration has no adopting body: the guide says only that GA 60/177 endorsed it (¶22)", () => {
    const bangkok = dataset.mandates.find((mandate) => mandate.id === "bangkok-declaration");
    expect(bangkok?.adoptingBodyId).toBeUndefined();
    expect(bangkok?.lineage).toEqual([]);
    const unadopted = dataset.mandates
      .filter((mandate) => mandate.adoptingBodyId === undefined)
      .map((mandate) => mandate.id);
    expect(unadopted).toEqual(["bangkok-declaration"]);
  });

  it("a status is recorded only for the two postponements the report shows carried out (¶11, ¶12)", () => {
    const withStatus = dataset.mandates
      .filter((mandate) => mandate.status !== undefined)
      .map((mandate) => [mandate.id, mandate.status]);
    expect(withStatus).toEqual([
      ["a-dec-74-567", "completed"],
      ["a-dec-75-555", "completed"],
    ]);
  });

  it("GA 74/247 establishes the ad hoc committee and asks no one to (¶10); only acts of the adopting body ask no one", () => {
    const establish = dataset.mandates
      .find((mandate) => mandate.id === "a-res-74-247")
      ?.provisions.find((provision) => provision.action === "establish");
    expect(establish?.addressees).toEqual([]);
    const unaddressed = dataset.mandates.flatMap((mandate) =>
      mandate.provisions
        .filter((provision) => provision.addressees.length === 0)
        .map((provision) => ({ mandateId: mandate.id, action: provision.action })),
    );
    expect(unaddressed.map((provision) => [provision.mandateId, provision.action])).toEqual([
      ["bangkok-declaration", "reaffirm"],
      ["a-res-74-247", "establish"],
      ["a-dec-74-567", "postpone"],
      ["a-dec-75-555", "postpone"],
      ["ccpcj-dec-18-1", "decide"],
      ["ccpcj-dec-18-1", "decide"],
      ["e-dec-2010-243", "decide"],
    ]);
    for (const { action } of unaddressed) expect(SELF_EXECUTING_ACTIONS.has(action)).toBe(true);
  });

  it("the Salvador Declaration's symbol is cited from the guide's footnote 4", () => {
    const salvador = dataset.mandates.find((mandate) => mandate.id === "salvador-declaration");
    expect(salvador?.provenance).toContainEqual({
      source: "document",
      symbol: "E/CN.15/2011/2",
      paragraphs: [21],
      footnotes: [4],
      quote: "A/CONF.213/18，第一章，第 1 号决议",
    });
  });
});
