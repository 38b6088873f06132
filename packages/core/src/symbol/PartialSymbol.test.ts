import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPartialSymbol, arbitraryPartialSymbolParts } from "../testing/arbitraries/symbol";
import type { PartialSymbolParseResult } from "./PartialSymbol";
import { PartialDocumentSymbol, formatPartialSymbol, parsePartialSymbol } from "./PartialSymbol";
import type { InvalidSymbol } from "./SymbolError";
import { parseSymbol } from "./SymbolParser";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

function errorOf(result: PartialSymbolParseResult | ReturnType<typeof parseSymbol>): InvalidSymbol {
  if (result.ok) throw new Error("unexpectedly parsed");
  return result.error;
}

describe("the 2021 report's own symbol, known only as E/CN.15/2021/…", () => {
  it("is read into organ, series and year, the document number left unknown", () => {
    const result = parsePartialSymbol("E/CN.15/2021/…", asOf);
    expect(result).toEqual({
      ok: true,
      value: { organ: "E", series: [{ kind: "body", code: "CN", number: 15 }], period: { kind: "year", year: 2021 } },
    });
    if (result.ok) expect(formatPartialSymbol(result.value)).toBe("E/CN.15/2021/…");
  });

  it("refuses case, blanks, full-width forms and three full stops, each at its position", () => {
    const cases: [string, number][] = [
      ["e/cn.15/2021/…", 0],
      [" E / CN.15 / 2021 / … ", 0],
      ["Ｅ／ＣＮ.１５／２０２１／…", 0],
      ["E/CN.15/2021/...", 13],
      ["E/CN.15/2021 /…", 12],
    ];
    for (const [text, offset] of cases) {
      const result = parsePartialSymbol(text, asOf);
      expect(result.ok ? -1 : result.error.offset, text).toBe(offset);
    }
  });

  it("keeps a category: a General Assembly resolution of the 75th session with its number unknown", () => {
    const result = parsePartialSymbol("A/RES/75/…", asOf);
    expect(result.ok && result.value).toEqual({
      organ: "A",
      series: [],
      category: "RES",
      period: { kind: "session", session: 75 },
    });
  });
});

describe("what is not a partial symbol, and where it goes wrong", () => {
  it("a full symbol has no ellipsis: the error points at its last component", () => {
    const error = errorOf(parsePartialSymbol("E/CN.15/2021/2", asOf));
    expect(error).toMatchObject({ _tag: "InvalidSymbol", part: "document", offset: 13 });
    expect(error.reason).toBe('a partial symbol ends with "…" in place of the unknown document number');
    expect(error.message).toContain('a partial symbol ends with "…" in place of the unknown document number');
  });

  it("without its year it is only a series: the error says so at the ellipsis", () => {
    const error = errorOf(parsePartialSymbol("E/CN.15/…", asOf));
    expect(error).toMatchObject({ part: "year", offset: 8 });
    expect(error.reason).toBe('a partial symbol names its year before "…": only the document number may be unknown');
    expect(error.message).toContain("only the document number may be unknown. Write it as in E/CN.15/2021/….");
  });

  it("a General Assembly partial symbol names its session", () => {
    expect(errorOf(parsePartialSymbol("A/RES/…", asOf))).toMatchObject({ part: "session", offset: 6 });
  });

  it("the ellipsis stands for the number only: nothing may follow it", () => {
    const error = errorOf(parsePartialSymbol("E/CN.15/2021/…/Add.1", asOf));
    expect(error).toMatchObject({ part: "document", offset: 15 });
    expect(error.reason).toContain('nothing may follow "…"');
  });

  it("a known number before the ellipsis is a full symbol, not a partial one", () => {
    const error = errorOf(parsePartialSymbol("E/CN.15/2021/L.5/…", asOf));
    expect(error).toMatchObject({ part: "document", offset: 13 });
    expect(error.reason).toBe(
      '"L.5" stands between the year and "…", but a partial symbol leaves out only the document number',
    );
  });

  it("the known parts are checked as in a full symbol: organ, year in the future, a misprinted session", () => {
    expect(errorOf(parsePartialSymbol("X/CN.15/2021/…", asOf))).toMatchObject({ part: "organ", offset: 0 });
    expect(errorOf(parsePartialSymbol("E/CN.15/2031/…", asOf))).toMatchObject({
      part: "year",
      offset: 8,
      reason: "2031 is in the future (the reference date is 2021-06-01)",
    });
    expect(errorOf(parsePartialSymbol("A/624/…", asOf)).reason).toContain(
      "the General Assembly has had no 624th session",
    );
  });

  it("a full-symbol parser meeting the ellipsis says the text is a partial symbol", () => {
    const error = errorOf(parseSymbol("E/CN.15/2021/…", asOf));
    expect(error).toMatchObject({ part: "document", offset: 13 });
    expect(error.reason).toBe(
      '"…" stands for a document number that is not known, so this is a partial symbol, not a full one',
    );
    expect(error.message).toContain("store the text where a partial symbol is accepted");
  });
});

describe("round trips over generated partial symbols", () => {
  it("every normalised partial symbol is written back exactly", () => {
    fc.assert(
      fc.property(arbitraryPartialSymbol, (text) => {
        const result = parsePartialSymbol(text, asOf);
        expect(result.ok ? formatPartialSymbol(result.value) : result.error.message).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("every valid set of parts survives being written and read", () => {
    fc.assert(
      fc.property(arbitraryPartialSymbolParts, (partial) => {
        expect(PartialDocumentSymbol.safeParse(partial).success).toBe(true);
        const result = parsePartialSymbol(formatPartialSymbol(partial), asOf);
        expect(result.ok && result.value).toEqual(partial);
      }),
      { numRuns: 300 },
    );
  });

  it("no partial symbol is a full symbol, so a strict symbol field never takes one", () => {
    fc.assert(
      fc.property(arbitraryPartialSymbol, (text) => {
        expect(parseSymbol(text, asOf).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the parts schema", () => {
  it("a General Assembly partial symbol carries a session, not a year", () => {
    const result = PartialDocumentSymbol.safeParse({ organ: "A", series: [], period: { kind: "year", year: 2021 } });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["period"],
      message: "A symbols carry a session, not a year",
    });
  });
});
