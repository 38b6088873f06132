import { describe, expectTypeOf, it } from "vitest";
import type { Citation } from "./Citation";
import type { CitationSymbol } from "./CitationSymbol";
import type { DocumentSymbol } from "./DocumentSymbol";
import type { DocumentSymbolText } from "./DocumentSymbolText";
import { parseSymbol } from "./SymbolParser";
import type { InvalidSymbol } from "./SymbolError";

describe("symbol types", () => {
  it("a stored symbol is a plain string", () => {
    expectTypeOf<DocumentSymbolText>().toEqualTypeOf<string>();
  });

  it("a parse result is either the parts or the error, told apart by ok", () => {
    const result = parseSymbol("A/RES/74/173");
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<DocumentSymbol>();
    else expectTypeOf(result.error).toEqualTypeOf<InvalidSymbol>();
  });

  it("the period is a session or a year, told apart by kind", () => {
    expectTypeOf<NonNullable<DocumentSymbol["period"]>>().toEqualTypeOf<
      { kind: "session"; session: number } | { kind: "year"; year: number }
    >();
  });

  it("a citation's body decides between session and year", () => {
    expectTypeOf<Extract<Citation, { bodyId: "ecosoc" }>>().toHaveProperty("year");
    expectTypeOf<Extract<Citation, { bodyId: "ga" }>>().toHaveProperty("session");
  });

  it("citationToSymbol gives the symbol or null with a reason", () => {
    expectTypeOf<Extract<CitationSymbol, { symbol: null }>["reason"]>().toEqualTypeOf<string>();
  });
});
