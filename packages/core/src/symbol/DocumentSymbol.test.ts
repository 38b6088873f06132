import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDocumentSymbol, arbitraryDocumentSymbolParts } from "../testing/arbitraries/symbol";
import { DocumentSymbol, formatSymbol } from "./DocumentSymbol";
import { normaliseSymbol } from "./SymbolNormalisation";
import { parseSymbol } from "./SymbolParser";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

/** Writes a normalised symbol the careless ways real texts do: case, blanks, full width. */
function messy(symbol: string, lower: boolean, spaced: boolean, fullWidth: boolean): string {
  let text = lower ? symbol.toLowerCase() : symbol;
  if (spaced) text = ` ${text.split("/").join(" / ")} `;
  if (fullWidth) text = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return text;
}

describe("round trips over generated symbols", () => {
  it("every normalised symbol is written back exactly: formatSymbol(parseSymbol(s)) === s", () => {
    fc.assert(
      fc.property(arbitraryDocumentSymbol, (text) => {
        const result = parseSymbol(text, asOf);
        expect(result.ok ? formatSymbol(result.value) : result.error.message).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("every valid set of parts survives being written and read: parseSymbol(formatSymbol(p)) gives p", () => {
    fc.assert(
      fc.property(arbitraryDocumentSymbolParts, (symbol) => {
        expect(DocumentSymbol.safeParse(symbol).success).toBe(true);
        const result = parseSymbol(formatSymbol(symbol), asOf);
        expect(result.ok && result.value).toEqual(symbol);
      }),
      { numRuns: 500 },
    );
  });

  it("lower case, blanks around slashes and full-width forms are refused by parseSymbol and repaired by normaliseSymbol", () => {
    fc.assert(
      fc.property(
        arbitraryDocumentSymbol,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (text, lower, spaced, fullWidth) => {
          const typed = messy(text, lower, spaced, fullWidth);
          const repaired = normaliseSymbol(typed, asOf);
          expect(repaired.ok ? repaired.value.text : repaired.error.message).toBe(text);
          if (typed !== text) {
            expect(parseSymbol(typed, asOf).ok).toBe(false);
            expect(repaired.ok && repaired.value.repairs.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a generated symbol with one slash doubled is rejected at the gap", () => {
    fc.assert(
      fc.property(arbitraryDocumentSymbol, fc.nat(), (text, pick) => {
        const slashes = [...text.matchAll(/\//g)].map((match) => match.index);
        const at = slashes[pick % slashes.length] ?? 0;
        const broken = `${text.slice(0, at)}/${text.slice(at)}`;
        const result = parseSymbol(broken, asOf);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatchObject({ part: "segment", offset: at + 1 });
      }),
      { numRuns: 200 },
    );
  });
});

describe("the DocumentSymbol model", () => {
  it("a General Assembly symbol carries a session, not a year", () => {
    const withYear = {
      organ: "A",
      series: [],
      period: { kind: "year", year: 2019 },
      document: { number: 1 },
      modifiers: [],
    };
    const result = DocumentSymbol.safeParse(withYear);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("A symbols carry a session, not a year");
  });

  it("an ECOSOC symbol carries a year, not a session", () => {
    const withSession = {
      organ: "E",
      series: [],
      period: { kind: "session", session: 20 },
      document: { number: 1 },
      modifiers: [],
    };
    expect(DocumentSymbol.safeParse(withSession).success).toBe(false);
  });

  it("a series name cannot be a word of the grammar, or RES would be read as a series", () => {
    const withRes = { organ: "A", series: [{ kind: "series", name: "RES" }], document: { number: 1 }, modifiers: [] };
    expect(DocumentSymbol.safeParse(withRes).success).toBe(false);
  });

  it("renders slashed and dotted document types differently", () => {
    const base = {
      organ: "E" as const,
      series: [{ kind: "body" as const, code: "CN" as const, number: 15 }],
      period: { kind: "year" as const, year: 2011 },
      modifiers: [],
    };
    expect(formatSymbol({ ...base, document: { type: "INF", number: 1 } })).toBe("E/CN.15/2011/INF/1");
    expect(formatSymbol({ ...base, document: { type: "CRP", number: 1 } })).toBe("E/CN.15/2011/CRP.1");
  });
});
