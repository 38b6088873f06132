import { describe, expect, it } from "vitest";
import { explainSymbol, type SymbolPartExplained } from "./SymbolExplanation";

const asOf = new Date("2021-06-01T00:00:00Z");

function explained(input: string) {
  const explanation = explainSymbol(input, asOf);
  if (!explanation.ok) throw new Error(explanation.error.message);
  return explanation;
}

function meaningOf(parts: readonly SymbolPartExplained[], part: string): string[] {
  return parts.filter((explainedPart) => explainedPart.part === part).map((explainedPart) => explainedPart.meaning);
}

describe("a symbol explained part by part", () => {
  it("A/RES/74/173 is a resolution of the 74th session of the General Assembly, cited in words too", () => {
    const explanation = explained("A/RES/74/173");
    expect(explanation.symbol).toBe("A/RES/74/173");
    expect(explanation.citation).toBe("General Assembly resolution 74/173");
    expect(explanation.parts.map((part) => [part.part, part.text])).toEqual([
      ["organ", "A"],
      ["category", "RES"],
      ["session", "74"],
      ["document", "173"],
    ]);
    expect(meaningOf(explanation.parts, "session")[0]).toMatch(/^the 74th session of the General Assembly/);
  });

  it("E/CN.15/2011/2 names the Commission as a series of ECOSOC and the year it was issued", () => {
    const explanation = explained("E/CN.15/2011/2");
    expect(explanation.parts.map((part) => part.part)).toEqual(["organ", "series", "year", "document"]);
    expect(meaningOf(explanation.parts, "year")).toEqual(["issued in 2011"]);
    expect(meaningOf(explanation.parts, "series")[0]).toMatch(/no\. 15$/);
    expect(explanation.citation).toBeUndefined();
  });

  it("a revision of a limited document keeps its modifiers, each explained", () => {
    const explanation = explained("E/CN.15/2021/L.5/Rev.1");
    const document = explanation.parts.find((part) => part.part === "document");
    expect(document?.text).toBe("L.5");
    expect(explanation.parts.filter((part) => part.part === "modifier").map((part) => part.text)).toEqual(["Rev.1"]);
  });

  it("a symbol written loosely is an error at its first slip that offers the symbol meant", () => {
    const explanation = explainSymbol(" a/res/74/173 ", asOf);
    expect(explanation.ok).toBe(false);
    if (explanation.ok) return;
    expect(explanation.error).toMatchObject({ kind: "symbol", input: " a/res/74/173 ", offset: 0 });
    expect(explanation.error.message).toContain("A/RES/74/173");
  });
});

describe("a citation explained", () => {
  it("a Chinese citation of 74/173 reads as the General Assembly resolution and finds its symbol", () => {
    const explanation = explained("大会第74/173号决议");
    expect(explanation.symbol).toBe("A/RES/74/173");
    expect(explanation.citation).toBe("General Assembly resolution 74/173");
    expect(explanation.parts.map((part) => part.part)).toEqual(["body", "kind", "session", "number"]);
  });

  it("a CCPCJ resolution has no symbol of its own, and the note says why", () => {
    const explanation = explained("CCPCJ resolution 22/8");
    expect(explanation.symbol).toBeUndefined();
    expect(explanation.note).toMatch(/\w/);
    expect(meaningOf(explanation.parts, "kind")).toEqual(["a resolution"]);
    expect(meaningOf(explanation.parts, "number")).toEqual(["number 8"]);
  });
});

describe("an input that is neither", () => {
  it("the 2011 guide's misprint A/624/123 fails at the session, with the offset where it starts", () => {
    const explanation = explainSymbol("A/624/123", asOf);
    expect(explanation.ok).toBe(false);
    if (explanation.ok) return;
    expect(explanation.error).toMatchObject({ kind: "symbol", input: "A/624/123", part: "session", offset: 2 });
    expect(explanation.error.message).toContain("624");
  });

  it("a symbol with a stray blank is a symbol's problem at the blank, not a citation's", () => {
    const explanation = explainSymbol("A/RES/74 /173", asOf);
    expect(explanation.ok).toBe(false);
    if (explanation.ok) return;
    expect(explanation.error).toMatchObject({ kind: "symbol", offset: 8 });
  });

  it("words that are no citation are reported as a citation's problem, not a symbol's", () => {
    const explanation = explainSymbol("CCPCJ decission 18/1", asOf);
    expect(explanation.ok).toBe(false);
    if (explanation.ok) return;
    expect(explanation.error.kind).toBe("citation");
    expect(explanation.error.message.length).toBeGreaterThan(0);
  });
});

describe("explaining the newer series", () => {
  it("names a special session and a reissue mark", () => {
    const explanation = explainSymbol("A/RES/ES-10/19*", asOf);
    expect(explanation.ok && explanation.parts.map((part) => part.meaning)).toEqual([
      "the General Assembly",
      "resolutions",
      "the 10th emergency special session of the General Assembly",
      "document number 19",
      "reissued for technical reasons",
    ]);
  });
});
