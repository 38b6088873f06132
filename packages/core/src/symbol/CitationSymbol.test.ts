import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryCitation, arbitraryResolutionSymbol } from "../testing/arbitraries/symbol";
import { citationToSymbol, symbolToCitation } from "./CitationSymbol";
import { parseSymbol } from "./SymbolParser";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

function symbolOf(text: string) {
  const result = parseSymbol(text, asOf);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("citations and symbols", () => {
  it("GA resolution 74/173 is issued as A/RES/74/173", () => {
    const mapped = citationToSymbol({ bodyId: "ga", kind: "resolution", session: 74, number: 173 });
    expect(mapped.symbol).toEqual(symbolOf("A/RES/74/173"));
    expect(mapped).toMatchObject({ text: "A/RES/74/173" });
  });

  it("ECOSOC resolution 2019/19 is issued as E/RES/2019/19", () => {
    expect(citationToSymbol({ bodyId: "ecosoc", kind: "resolution", year: 2019, number: 19 })).toMatchObject({
      text: "E/RES/2019/19",
    });
  });

  it("GA decision 74/567 has no symbol of its own, and says so", () => {
    const mapped = citationToSymbol({ bodyId: "ga", kind: "decision", session: 74, number: 567 });
    expect(mapped.symbol).toBeNull();
    expect(mapped).toMatchObject({
      reason: expect.stringContaining("General Assembly decision 74/567 has no document symbol of its own") as unknown,
    });
  });

  it("the Commission's resolutions appear in its report, not under a symbol", () => {
    const mapped = citationToSymbol({ bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 });
    expect(mapped.symbol).toBeNull();
    expect(mapped).toMatchObject({ reason: expect.stringContaining("published in its session report") as unknown });
  });

  it("A/RES/74/173 reads back as GA resolution 74/173; a report or a revision is no citation", () => {
    expect(symbolToCitation(symbolOf("A/RES/74/173"))).toEqual({
      bodyId: "ga",
      kind: "resolution",
      session: 74,
      number: 173,
    });
    expect(symbolToCitation(symbolOf("E/CN.15/2011/2"))).toBeUndefined();
    expect(symbolToCitation(symbolOf("A/RES/74/173/Corr.1"))).toBeUndefined();
    expect(symbolToCitation(symbolOf("S/RES/1019"))).toBeUndefined();
  });

  it("every resolution symbol and its citation map to each other", () => {
    fc.assert(
      fc.property(arbitraryResolutionSymbol, (text) => {
        const citation = symbolToCitation(symbolOf(text));
        expect(citation && citationToSymbol(citation)).toMatchObject({ text });
      }),
    );
  });

  it("a citation that has a symbol maps back to itself", () => {
    fc.assert(
      fc.property(arbitraryCitation, (citation) => {
        const mapped = citationToSymbol(citation);
        if (mapped.symbol !== null) expect(symbolToCitation(mapped.symbol)).toEqual(citation);
        else expect(citation.kind === "decision" || citation.bodyId === "ccpcj").toBe(true);
      }),
    );
  });

  it("a part of a later resolution is not the resolution a citation names", () => {
    const part = parseSymbol("A/RES/72/255 A", { referenceDate: new Date("2021-06-01T00:00:00Z") });
    expect(part.ok && symbolToCitation(part.value)).toBeUndefined();
  });
});
