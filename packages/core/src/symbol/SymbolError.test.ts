import { describe, expect, it } from "vitest";
import type { InvalidSymbol } from "./SymbolError";
import { normaliseSymbol } from "./SymbolNormalisation";
import { parseSymbol } from "./SymbolParser";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

function errorOf(text: string): InvalidSymbol {
  const result = parseSymbol(text, asOf);
  if (result.ok) throw new Error(`${text} unexpectedly parsed`);
  return result.error;
}

describe("a misprinted session", () => {
  it("A/624/123 (the 2011 guide's misprint of A/64/123) names a session the General Assembly has not had", () => {
    const error = errorOf("A/624/123");
    expect(error).toMatchObject({ _tag: "InvalidSymbol", input: "A/624/123", part: "session", offset: 2 });
    expect(error.reason).toContain("the General Assembly has had no 624th session");
    expect(error.reason).toContain("would open in September 2569");
    expect(error.reason).toContain("the latest as of 2021-06-01 is the 75th, opened in September 2020");
    expect(error.message).toContain('"A/624/123" is not a valid document symbol: at character 2 (session "624")');
    expect(error.message).toContain("opens in September of 1945 + n");
  });

  it("normalising, the offset counts characters of the input as typed, blanks included", () => {
    const offset = (text: string) => {
      const result = normaliseSymbol(text, asOf);
      return result.ok ? -1 : result.error.offset;
    };
    expect(offset("  A/624/123")).toBe(4);
    expect(offset("Ａ／６２４／１２３")).toBe(2);
  });

  it("a session before the 31st predates session numbers in symbols", () => {
    const error = errorOf("A/RES/20/1");
    expect(error).toMatchObject({ part: "session", offset: 6 });
    expect(error.reason).toBe(
      "session 20 is too early: the General Assembly has put its session number in symbols only since its 31st session (1976)",
    );
  });

  it("session numbers start at 1 and have no leading zeros", () => {
    expect(errorOf("A/0/1")).toMatchObject({ part: "session", offset: 2, reason: "numbers in a symbol start at 1" });
    const padded = errorOf("A/RES/074/173");
    expect(padded).toMatchObject({ part: "session", offset: 6, reason: "a number in a symbol has no leading zeros" });
    expect(padded.message).toContain("Write 74.");
  });
});

describe("years", () => {
  it("a year after the reference date is in the future", () => {
    const error = errorOf("E/CN.15/2031/2");
    expect(error).toMatchObject({
      part: "year",
      offset: 8,
      reason: "2031 is in the future (the reference date is 2021-06-01)",
    });
  });

  it("ECOSOC symbols carry the year only from 1978; other series not before 1946", () => {
    expect(errorOf("E/RES/1975/5")).toMatchObject({
      part: "year",
      offset: 6,
      reason: "1975 is too early: the Economic and Social Council has put the year in its symbols only since 1978",
    });
    expect(errorOf("ST/SGB/1945/1")).toMatchObject({
      part: "year",
      offset: 7,
      reason: "1945 is too early: the United Nations issued no documents before 1946",
    });
  });

  it("a body numbered by year needs four digits: E/CN.15/11/2 is not E/CN.15/2011/2", () => {
    const error = errorOf("E/CN.15/11/2");
    expect(error).toMatchObject({ part: "year", offset: 8 });
    expect(error.reason).toBe(
      'the Economic and Social Council numbers its documents by year, and "11" is not a four-digit year',
    );
    expect(error.message).toContain("is not a four-digit year. Write it as in E/CN.15/2011/2.");
  });
});

describe("the organ", () => {
  it("an unknown organ lists the ones a symbol can start with", () => {
    const error = errorOf("Q/64/123");
    expect(error).toMatchObject({ part: "organ", offset: 0, reason: '"Q" is not an organ a symbol can start with' });
    expect(error.message).toContain("A symbol starts with one of A, E, S, ST, T, UNODC, CTOC, CAC, CCPR,");
  });

  it("a symbol cannot start with a number", () => {
    expect(errorOf("64/123")).toMatchObject({ part: "organ", offset: 0 });
  });
});

describe("segments", () => {
  it("an empty input is an empty symbol", () => {
    expect(errorOf("   ")).toMatchObject({ part: "symbol", offset: 0, reason: "the symbol is empty" });
  });

  it("two slashes with nothing between them point at the gap", () => {
    expect(errorOf("A/RES//173")).toMatchObject({
      part: "segment",
      offset: 6,
      reason: "two slashes have nothing between them",
    });
    expect(errorOf("/A/64/123")).toMatchObject({
      part: "segment",
      offset: 0,
      reason: "the symbol starts with a slash",
    });
    expect(errorOf("A/64/123/")).toMatchObject({ part: "segment", offset: 9, reason: "the symbol ends with a slash" });
  });

  it("prose around a symbol is not part of it: the Chinese full stop of the seeds", () => {
    expect(errorOf("E/CN.15/2011/1。")).toMatchObject({
      part: "segment",
      offset: 14,
      reason: '"。" cannot appear in a symbol',
    });
  });

  it("a space inside a component is pointed at", () => {
    expect(errorOf("A/RES/74 173")).toMatchObject({ part: "segment", offset: 8, reason: "a component holds a space" });
  });
});

describe("series, document and modifiers", () => {
  it("a subsidiary body without its number", () => {
    const error = errorOf("E/CN/2011/2");
    expect(error).toMatchObject({ part: "series", offset: 2, reason: "CN (commission) needs its number" });
    expect(error.message).toContain("CN (commission) needs its number. Write it as in E/CN.15/2011/2.");
  });

  it("an unknown document type", () => {
    const error = errorOf("E/CN.15/2021/XYZ.5");
    expect(error).toMatchObject({ part: "document", offset: 13, reason: '"XYZ" is not a known document type' });
    expect(error.message).toContain("Expected a number, or L.n, CRP.n, PV.n, SR.n, WP.n, R.n, INF/n, NGO/n, PET/n.");
  });

  it("a document type without its number", () => {
    expect(errorOf("E/CN.15/2021/L")).toMatchObject({
      part: "document",
      offset: 13,
      reason: "L (limited distribution) needs a number",
    });
    expect(errorOf("E/CN.15/2011/INF")).toMatchObject({
      part: "document",
      offset: 13,
      reason: "INF (information series) needs a number",
    });
    expect(errorOf("E/CN.15/2011/INF.1")).toMatchObject({
      part: "document",
      reason: "INF documents are numbered after a slash",
    });
  });

  it("a symbol that stops before the document number", () => {
    expect(errorOf("A/RES")).toMatchObject({
      part: "document",
      offset: 5,
      reason: "the symbol ends before the document number",
    });
  });

  it("a suffix without its number", () => {
    const error = errorOf("E/CN.15/2021/L.5/Rev");
    expect(error).toMatchObject({ part: "modifier", offset: 17, reason: "Rev (revision) needs a number" });
    expect(error.message).toContain("Write Rev.1.");
    expect(errorOf("A/64/123/Summary.2")).toMatchObject({ part: "modifier", reason: "Summary takes no number" });
  });

  it("a modifier with no document number before it", () => {
    expect(errorOf("A/RES/Add.1")).toMatchObject({ part: "document", offset: 6 });
  });

  it("anything but a modifier after the document number", () => {
    const error = errorOf("A/64/123/456");
    expect(error).toMatchObject({ part: "modifier", offset: 9, reason: '"456" cannot follow the document number' });
  });

  it("series components out of order", () => {
    expect(errorOf("A/RES/CN.15/74/1")).toMatchObject({
      part: "document",
      offset: 6,
      reason: "series components come right after the organ, before any category, session or year",
    });
  });
});
