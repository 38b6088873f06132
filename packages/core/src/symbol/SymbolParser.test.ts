import { describe, expect, it } from "vitest";
import type { DocumentSymbol } from "./DocumentSymbol";
import { normaliseSymbol } from "./SymbolNormalisation";
import { parseSymbol } from "./SymbolParser";
import { MAX_SYMBOL_LENGTH } from "./SymbolWrittenForm";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

function parts(text: string): DocumentSymbol {
  const result = parseSymbol(text, asOf);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("the symbols of the seeds", () => {
  it("A/RES/74/173 is General Assembly resolution 173 of the 74th session", () => {
    expect(parts("A/RES/74/173")).toEqual({
      organ: "A",
      series: [],
      category: "RES",
      period: { kind: "session", session: 74 },
      document: { number: 173 },
      modifiers: [],
    });
  });

  it("E/CN.15/2011/2 is document 2 of 2011 of ECOSOC's functional commission 15 (CCPCJ)", () => {
    expect(parts("E/CN.15/2011/2")).toEqual({
      organ: "E",
      series: [{ kind: "body", code: "CN", number: 15 }],
      period: { kind: "year", year: 2011 },
      document: { number: 2 },
      modifiers: [],
    });
  });

  it("E/RES/2019/19 is an ECOSOC resolution numbered by year", () => {
    expect(parts("E/RES/2019/19")).toMatchObject({
      organ: "E",
      category: "RES",
      period: { kind: "year", year: 2019 },
      document: { number: 19 },
    });
  });

  it("A/CONF.213/18, the 12th Crime Congress's report, has no session component", () => {
    const symbol = parts("A/CONF.213/18");
    expect(symbol.series).toEqual([{ kind: "body", code: "CONF", number: 213 }]);
    expect(symbol.period).toBeUndefined();
    expect(symbol.document).toEqual({ number: 18 });
  });

  it("UNODC/CCPCJ/EG.4/2020/2 is the 2020 report of expert group 4 in a secretariat series", () => {
    expect(parts("UNODC/CCPCJ/EG.4/2020/2")).toEqual({
      organ: "UNODC",
      series: [
        { kind: "series", name: "CCPCJ" },
        { kind: "body", code: "EG", number: 4 },
      ],
      period: { kind: "year", year: 2020 },
      document: { number: 2 },
      modifiers: [],
    });
  });

  it("E/CN.15/2021/1, the provisional agenda of the 30th session, and A/64/123, a report", () => {
    expect(parts("E/CN.15/2021/1").period).toEqual({ kind: "year", year: 2021 });
    expect(parts("A/64/123")).toMatchObject({ period: { kind: "session", session: 64 }, document: { number: 123 } });
  });
});

describe("document types and modifiers", () => {
  it("a draft keeps its L number and its revision: E/CN.15/2021/L.5/Rev.1", () => {
    expect(parts("E/CN.15/2021/L.5/Rev.1")).toMatchObject({
      document: { type: "L", number: 5 },
      modifiers: [{ type: "Rev", number: 1 }],
    });
  });

  it("addenda, corrigenda, amendments and summaries stack after the number", () => {
    expect(parts("A/64/123/Add.1/Corr.2").modifiers).toEqual([
      { type: "Add", number: 1 },
      { type: "Corr", number: 2 },
    ]);
    expect(parts("ST/AI/189/Add.3/Rev.2")).toMatchObject({
      series: [{ kind: "series", name: "AI" }],
      document: { number: 189 },
    });
    expect(parts("ST/AI/2010/4/Rev.1/Amend.1/Corr.1").modifiers).toEqual([
      { type: "Rev", number: 1 },
      { type: "Amend", number: 1 },
      { type: "Corr", number: 1 },
    ]);
    expect(parts("A/64/123/Rev.1/Summary").modifiers).toEqual([{ type: "Rev", number: 1 }, { type: "Summary" }]);
  });

  it("conference room papers, records and the information series are document types", () => {
    expect(parts("E/CN.15/2011/CRP.1").document).toEqual({ type: "CRP", number: 1 });
    expect(parts("A/74/PV.50").document).toEqual({ type: "PV", number: 50 });
    expect(parts("A/C.3/74/SR.5")).toMatchObject({
      series: [{ kind: "body", code: "C", number: 3 }],
      document: { type: "SR", number: 5 },
    });
    expect(parts("E/CN.15/2011/INF/1")).toMatchObject({
      period: { kind: "year", year: 2011 },
      document: { type: "INF", number: 1 },
    });
  });

  it("subsidiary bodies of every kind: ad hoc committees, working groups, subcommissions", () => {
    expect(parts("A/AC.105/1200").series).toEqual([{ kind: "body", code: "AC", number: 105 }]);
    expect(parts("E/CN.4/Sub.2/2000/1").series).toEqual([
      { kind: "body", code: "CN", number: 4 },
      { kind: "body", code: "Sub", number: 2 },
    ]);
    expect(parts("UNODC/CCPCJ/EG.4/2020/L.1").document).toEqual({ type: "L", number: 1 });
  });

  it("a Security Council resolution carries no year in this form: S/RES/1019", () => {
    expect(parts("S/RES/1019")).toMatchObject({ organ: "S", category: "RES", document: { number: 1019 } });
    expect(parts("S/RES/1019").period).toBeUndefined();
  });

  it("a number followed only by modifiers is the document number, not a session", () => {
    expect(parts("A/64/Add.1")).toMatchObject({ document: { number: 64 }, modifiers: [{ type: "Add", number: 1 }] });
    expect(parts("A/64/Add.1").period).toBeUndefined();
  });
});

describe("normaliseSymbol repairs typing slips, and says what it changed", () => {
  function repaired(text: string): string {
    const result = normaliseSymbol(text, asOf);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.text;
  }

  it("trims and drops the blanks around slashes", () => {
    expect(repaired("  A / RES / 74 / 173  ")).toBe("A/RES/74/173");
  });

  it("upper-cases organ, body and type letters", () => {
    expect(repaired("e/cn.15/2021/l.5")).toBe("E/CN.15/2021/L.5");
    expect(repaired("unodc/ccpcj/eg.4/2020/2")).toBe("UNODC/CCPCJ/EG.4/2020/2");
  });

  it("writes modifiers with their dot and their case: Rev1, rev.1, REV. 1 become Rev.1", () => {
    expect(repaired("E/CN.15/2021/L.5/Rev1")).toBe("E/CN.15/2021/L.5/Rev.1");
    expect(repaired("E/CN.15/2021/L.5/rev.1")).toBe("E/CN.15/2021/L.5/Rev.1");
    expect(repaired("E/CN.15/2021/L.5/REV. 1")).toBe("E/CN.15/2021/L.5/Rev.1");
    expect(repaired("a/64/123/add1/summary")).toBe("A/64/123/Add.1/Summary");
  });

  it("reads the full-width slashes, letters and digits of Chinese texts", () => {
    expect(repaired("Ａ／ＲＥＳ／７４／１７３")).toBe("A/RES/74/173");
    expect(repaired("E／CN.15／2011／2")).toBe("E/CN.15/2011/2");
    expect(repaired("\u3000A/64/123\u3000")).toBe("A/64/123");
  });

  it("spells the subcommission Sub, as the United Nations does", () => {
    expect(repaired("E/CN.4/SUB.2/2000/1")).toBe("E/CN.4/Sub.2/2000/1");
  });

  it("gives the Security Council's year its blank: S/RES/2532(2020)", () => {
    expect(repaired("S/RES/2532(2020)")).toBe("S/RES/2532 (2020)");
  });

  it("lists each repair with where it was, what was found and what was written", () => {
    const result = normaliseSymbol("A/RES/74/173 /add1", asOf);
    expect(result.ok && result.value.repairs).toMatchObject([
      { offset: 12, found: " /", written: "/", reason: "removed blanks beside a slash" },
      {
        offset: 14,
        found: "add1",
        written: "Add.1",
        reason: "added the dot before the number, wrote the letters in the symbol's case",
      },
    ]);
    expect(normaliseSymbol("A/RES/74/173", asOf)).toMatchObject({ ok: true, value: { repairs: [] } });
  });

  it("never guesses: a text that is no symbol once repaired fails with the parser's error", () => {
    expect(normaliseSymbol("A//173", asOf)).toMatchObject({ ok: false, error: { part: "segment", offset: 2 } });
  });
});

describe("strict by default: parseSymbol accepts only the written form", () => {
  it("a stray blank inside a symbol is an error at its position, not silently dropped", () => {
    const result = parseSymbol("A/RES/74/173 /Add.1", asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ part: "segment", offset: 12, reason: "a blank stands beside a slash" });
      expect(result.error.message).toContain("Did you mean A/RES/74/173/Add.1?");
    }
  });

  it("case, a missing dot and full-width forms are errors at the first character that differs", () => {
    expect(parseSymbol("a/RES/74/173", asOf)).toMatchObject({ ok: false, error: { part: "organ", offset: 0 } });
    expect(parseSymbol("A/64/123/Add1", asOf)).toMatchObject({ ok: false, error: { part: "modifier", offset: 12 } });
    expect(parseSymbol("E/CN.15/2021/l.5", asOf)).toMatchObject({ ok: false, error: { part: "document", offset: 13 } });
    expect(parseSymbol("A/RES/７4/173", asOf)).toMatchObject({ ok: false, error: { part: "segment", offset: 6 } });
    expect(parseSymbol(" A/64/123", asOf)).toMatchObject({
      ok: false,
      error: { offset: 0, reason: "a symbol starts with no blank" },
    });
  });

  it("a megabyte of input fails at once, at the length limit (probe defect 11)", () => {
    const huge = `A/RES/74/17${"3".repeat(1_000_000)}`;
    const result = parseSymbol(huge, asOf);
    expect(result).toMatchObject({ ok: false, error: { part: "symbol", offset: MAX_SYMBOL_LENGTH } });
    if (!result.ok) expect(result.error.message.length).toBeLessThan(400);
    expect(normaliseSymbol(huge, asOf).ok).toBe(false);
  });
});

describe("the reference date", () => {
  it("the 75th session counts from September 2020: valid on 2021-06-01, not on 2020-06-01", () => {
    expect(parseSymbol("A/75/1", asOf).ok).toBe(true);
    expect(parseSymbol("A/75/1", { referenceDate: new Date("2020-06-01T00:00:00Z") }).ok).toBe(false);
    expect(parseSymbol("A/75/1", { referenceDate: new Date("2020-09-01T00:00:00Z") }).ok).toBe(true);
  });

  it("a year is valid up to the reference date's year", () => {
    expect(parseSymbol("E/CN.15/2021/1", asOf).ok).toBe(true);
    expect(parseSymbol("E/CN.15/2022/1", asOf).ok).toBe(false);
  });

  it("without a reference date, today's sessions are valid", () => {
    expect(parseSymbol("A/RES/74/173").ok).toBe(true);
  });
});
