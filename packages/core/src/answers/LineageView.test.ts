import { describe, expect, it } from "vitest";
import { queryStoreOf } from "../testing/LoadedStore";
import type { LineageEdge, LineageRelation } from "../mandate/LineageEdge";
import { lineageView, mandateLineage } from "./LineageView";
import { Mandate } from "../mandate/Mandate";

const to = (relation: LineageRelation, mandateId: string): LineageEdge => ({
  relation,
  target: { mandateId },
  provenance: [],
});

interface MandateInput {
  id: string;
  kind?: string;
  symbol?: string;
  adoptedOn?: string;
  title?: string;
  lineage?: LineageEdge[];
}

function mandate(input: MandateInput) {
  return Mandate.parse({
    kind: "resolution",
    adoptingBodyId: "ga",
    provisions: [],
    reportingObligations: [],
    provenance: [],
    ...input,
    lineage: input.lineage ?? [],
    ...(input.title === undefined ? {} : { title: { en: input.title } }),
  });
}

// The chain of the 2021 report's introduction (¶1–5), cut short: CCPCJ 22/8 is left out of
// the store, so 74/173's "reaffirms" branch stops at a target the store does not hold.
const mandates = [
  mandate({ id: "salvador-declaration", kind: "declaration", title: "Salvador Declaration" }),
  mandate({
    id: "a-res-65-230",
    symbol: "A/RES/65/230",
    adoptedOn: "2010-12-21",
    title: "Twelfth United Nations Congress on Crime Prevention and Criminal Justice",
    lineage: [to("endorses", "salvador-declaration")],
  }),
  mandate({
    id: "a-res-74-173",
    symbol: "A/RES/74/173",
    adoptedOn: "2019-12-18",
    lineage: [to("reaffirms", "ccpcj-res-22-8"), to("builds-on", "a-res-65-230")],
  }),
];

const lineage = (reference: string, reading: "ancestors" | "descendants") =>
  queryStoreOf(
    mandates.map((record) => ({ kind: "mandate" as const, record })),
    mandateLineage(reference, reading),
  );

describe("the lineage of a mandate, as a reader sees it", () => {
  it("follows 74/173, named by citation, back to the Salvador Declaration", async () => {
    const result = await lineage("GA resolution 74/173", "ancestors");
    if (result._tag !== "Success") throw new Error("expected a lineage");
    const view = lineageView(result.success, "ancestors", ["en"]);
    expect(view).toMatchObject({ id: "a-res-74-173", label: "A/RES/74/173", adoptedOn: "2019-12-18" });
    expect(view.branches).toMatchObject([
      { relation: "reaffirms", reads: "reaffirms", inferred: false, kind: "unresolved", target: "ccpcj-res-22-8" },
      {
        relation: "builds-on",
        reads: "builds on",
        kind: "mandate",
        mandate: {
          label: "A/RES/65/230",
          title: { en: "Twelfth United Nations Congress on Crime Prevention and Criminal Justice" },
          branches: [{ reads: "endorses", kind: "mandate", mandate: { label: "Salvador Declaration" } }],
        },
      },
    ]);
  });

  it("reads a descendants tree backwards, in the reader's language", async () => {
    const result = await lineage("salvador-declaration", "descendants");
    if (result._tag !== "Success") throw new Error("expected a lineage");
    const view = lineageView(result.success, "descendants", ["fr"]);
    // A declaration is labelled by its title, so the title is not repeated beside it.
    expect(view).toEqual(expect.objectContaining({ label: "Salvador Declaration" }));
    expect(view.title).toBeUndefined();
    // Its title has no French version: the label says which language it is in, to be marked.
    expect(view.labelLanguage).toBe("en");
    expect(view.branches[0]).toMatchObject({ kind: "mandate", mandate: { label: "A/RES/65/230" } });
    expect(view.branches[0]?.kind === "mandate" && view.branches[0].mandate.labelLanguage).toBeUndefined();
    expect(view.branches[0]).toMatchObject({
      relation: "endorses",
      reads: "approuvé par",
      kind: "mandate",
      mandate: { id: "a-res-65-230" },
    });
  });

  it("says a reference names no stored mandate", async () => {
    const result = await lineage("A/RES/74/999", "ancestors");
    expect(result._tag === "Failure" && result.failure).toMatchObject({ _tag: "NotFound", kind: "mandate" });
  });
});
