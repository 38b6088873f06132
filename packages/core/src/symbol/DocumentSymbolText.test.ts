import * as z from "zod";
import { describe, expect, it } from "vitest";
import { DocumentSymbolText, documentSymbolTextAsOf } from "./DocumentSymbolText";
import { normaliseSymbol } from "./SymbolNormalisation";
import type { SymbolRefusal } from "./SymbolError";
import { formatSymbolErrorIn } from "./SymbolText";

const asOf2021 = documentSymbolTextAsOf(new Date("2021-06-01T00:00:00Z"));

describe("DocumentSymbolText", () => {
  it("stores a symbol in its written form and refuses slips with their position", () => {
    expect(DocumentSymbolText.parse("E/CN.15/2021/L.5/Rev.1")).toBe("E/CN.15/2021/L.5/Rev.1");
    expect(DocumentSymbolText.parse("S/RES/2532 (2020)")).toBe("S/RES/2532 (2020)");
    const slip = DocumentSymbolText.safeParse(" e/cn.15/2021/l.5/rev1 ");
    expect(slip.error?.issues[0]).toMatchObject({ params: { part: "segment", offset: 0 } });
  });

  it("fails with one issue that says what is wrong and where, carrying the parser's refusal for the whole explanation", () => {
    const result = asOf2021.safeParse("A/624/123");
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      '"A/624/123" is not a valid document symbol: a session the General Assembly has not had at character 2 (session "624")',
    );
    const explained = formatSymbolErrorIn(
      (issues[0] as { params?: unknown } | undefined)?.params as SymbolRefusal,
      "en",
    );
    expect(explained).toContain("the General Assembly has had no 624th session");
    expect(
      formatSymbolErrorIn((issues[0] as { params?: unknown } | undefined)?.params as SymbolRefusal, "fr"),
    ).toContain("624");
  });

  it("reports where the fault is inside a record", () => {
    const Report = z.object({ symbol: asOf2021 }).strict();
    const result = Report.safeParse({ symbol: "E/CN.15/2011/INF" });
    expect(result.error?.issues[0]?.path).toEqual(["symbol"]);
    expect(result.error?.issues[0]?.message).toContain("a document type without its number at character 13");
    expect(
      formatSymbolErrorIn((result.error?.issues[0] as { params?: unknown } | undefined)?.params as SymbolRefusal, "en"),
    ).toContain("INF (information series) needs a number");
  });

  it("a schema with a reference date is stable over time", () => {
    expect(asOf2021.safeParse("E/CN.15/2021/1").success).toBe(true);
    expect(documentSymbolTextAsOf(new Date("2020-06-01T00:00:00Z")).safeParse("E/CN.15/2021/1").success).toBe(false);
  });

  it("describes itself in JSON Schema as a string", () => {
    expect(z.toJSONSchema(DocumentSymbolText)).toMatchObject({ type: "string" });
  });

  it("normaliseSymbol repairs what the schema refuses, or fails as the parser does", () => {
    expect(normaliseSymbol("a/64/123/add.1")).toMatchObject({ ok: true, value: { text: "A/64/123/Add.1" } });
    expect(normaliseSymbol("A//123").ok).toBe(false);
  });
});
