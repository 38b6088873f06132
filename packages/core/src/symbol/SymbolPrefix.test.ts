import type { SymbolRefusal } from "./SymbolError";
import { formatSymbolErrorIn } from "./SymbolText";
import { describe, expect, it } from "vitest";
import { parseSymbol } from "./SymbolParser";
import { SymbolPrefix, formatSymbolPrefix, parseSymbolPrefix, prefixOfSymbol, symbolHasPrefix } from "./SymbolPrefix";
import type { SymbolPrefixParts } from "./SymbolPrefix";

function prefix(text: string): SymbolPrefixParts {
  const result = parseSymbolPrefix(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function symbolOf(text: string) {
  const result = parseSymbol(text, { referenceDate: new Date("2021-06-01T00:00:00Z") });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("symbol prefixes", () => {
  it("the Commission's documents start with E/CN.15, the Assembly's with A", () => {
    expect(prefix("E/CN.15")).toEqual({ organ: "E", series: [{ kind: "body", code: "CN", number: 15 }] });
    expect(prefix("A")).toEqual({ organ: "A", series: [] });
    expect(formatSymbolPrefix(prefix("UNODC/CCPCJ/EG.4"))).toBe("UNODC/CCPCJ/EG.4");
    expect(prefix("CTOC/COP/WG.2")).toEqual({
      organ: "CTOC",
      series: [
        { kind: "series", name: "COP" },
        { kind: "body", code: "WG", number: 2 },
      ],
    });
    expect(parseSymbolPrefix("unodc/ccpcj")).toMatchObject({ ok: false, error: { part: "organ", offset: 0 } });
  });

  it("a prefix stops before the category, session or number", () => {
    const result = parseSymbolPrefix("E/CN.15/2011");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({
        part: "series",
        offset: 8,
        reason: "a symbol prefix holds only the organ and series components",
      });
    }
    expect(parseSymbolPrefix("A/RES").ok).toBe(false);
  });

  it("a prefix is checked like a symbol: unknown organs and bodies without numbers fail", () => {
    expect(parseSymbolPrefix("X/CN.15").ok).toBe(false);
    expect(parseSymbolPrefix("E/CN").ok).toBe(false);
  });

  it("the expert group's report starts with the expert group's prefix, and with UNODC's", () => {
    const report = symbolOf("UNODC/CCPCJ/EG.4/2020/2");
    expect(formatSymbolPrefix(prefixOfSymbol(report))).toBe("UNODC/CCPCJ/EG.4");
    expect(symbolHasPrefix(report, prefix("UNODC/CCPCJ/EG.4"))).toBe(true);
    expect(symbolHasPrefix(report, prefix("UNODC"))).toBe(true);
    expect(symbolHasPrefix(report, prefix("UNODC/CCPCJ/EG.5"))).toBe(false);
  });

  it("components compare whole: E/CN.15/2011/2 does not start with E/CN.1", () => {
    expect(symbolHasPrefix(symbolOf("E/CN.15/2011/2"), prefix("E/CN.1"))).toBe(false);
    expect(symbolHasPrefix(symbolOf("E/CN.15/2011/2"), prefix("A"))).toBe(false);
  });

  it("SymbolPrefix stores a prefix in its written form, and rejects a full symbol saying what and where, with the parser's refusal", () => {
    expect(SymbolPrefix.parse("E/CN.15")).toBe("E/CN.15");
    expect(SymbolPrefix.safeParse(" e / cn.15 ").success).toBe(false);
    const issue = SymbolPrefix.safeParse("E/CN.15/2011/2").error?.issues[0];
    expect(issue?.message).toContain("more than a prefix's organ and series at character 8");
    const refusal = (issue as { params?: SymbolRefusal } | undefined)?.params;
    expect(refusal === undefined ? "" : formatSymbolErrorIn(refusal, "en")).toContain(
      "a symbol prefix holds only the organ and series components",
    );
  });
});
