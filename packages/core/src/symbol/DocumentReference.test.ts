import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { arbitraryDocumentSymbol, arbitraryPartialSymbol } from "../testing/arbitraries/symbol";
import {
  DocumentReferenceText,
  documentReferenceTextAsOf,
  isPartialReference,
  parseDocumentReference,
} from "./DocumentReference";
import { DocumentSymbolText } from "./DocumentSymbolText";
import type { SymbolRefusal } from "./SymbolError";
import { formatSymbolErrorIn } from "./SymbolText";

/** The whole English explanation of a schema's refusal, from the refusal its issue carries. */
function explained(issue: object | undefined): string {
  const params = (issue as { readonly params?: SymbolRefusal } | undefined)?.params;
  return params === undefined ? "" : formatSymbolErrorIn(params, "en");
}

const asOf2021 = documentReferenceTextAsOf(new Date("2021-06-01T00:00:00Z"));

describe("DocumentReferenceText: a full symbol or a partial one", () => {
  it("stores the 2021 report's partial symbol and a full symbol in their written forms only", () => {
    expect(DocumentReferenceText.parse("E/CN.15/2021/…")).toBe("E/CN.15/2021/…");
    expect(DocumentReferenceText.parse("E/CN.15/2021/1")).toBe("E/CN.15/2021/1");
    expect(DocumentReferenceText.safeParse("E/CN.15/2021/...").error?.issues[0]).toMatchObject({
      params: { part: "document", offset: 13 },
    });
    expect(DocumentReferenceText.safeParse(" e/cn.15/2021/1 ").success).toBe(false);
  });

  it("DocumentSymbolText stays strict: the partial symbol is not a document symbol", () => {
    const result = DocumentSymbolText.safeParse("E/CN.15/2021/…");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("a partial symbol where a full one is needed");
    expect(explained(result.error?.issues[0])).toContain("this is a partial symbol, not a full one");
  });

  it("a text with an ellipsis fails with the partial-symbol parser's reason, any other with the full one's", () => {
    const partial = asOf2021.safeParse("E/CN.15/…");
    expect(partial.error?.issues).toHaveLength(1);
    expect(partial.error?.issues[0]?.message).toContain("a partial symbol without its session or year");
    expect(explained(partial.error?.issues[0])).toContain('a partial symbol names its year before "…"');
    const full = asOf2021.safeParse("A/624/123");
    expect(full.error?.issues).toHaveLength(1);
    expect(full.error?.issues[0]?.message).toContain("a session the General Assembly has not had");
    expect(explained(full.error?.issues[0])).toContain("the General Assembly has had no 624th session");
  });

  it("says where the fault is inside a record", () => {
    const Record = z.object({ submittedAs: asOf2021 }).strict();
    const result = Record.safeParse({ submittedAs: "E/CN.15/2021/…/Rev.1" });
    expect(result.error?.issues[0]?.path).toEqual(["submittedAs"]);
    expect(result.error?.issues[0]?.message).toContain(
      'something after the ellipsis at character 15 (document number "Rev.1")',
    );
    expect(explained(result.error?.issues[0])).toContain('nothing may follow "…"');
  });

  it("tells a partial reference from a full one", () => {
    expect(isPartialReference("E/CN.15/2021/…")).toBe(true);
    expect(isPartialReference("E/CN.15/2021/1")).toBe(false);
    expect(isPartialReference("not a symbol…")).toBe(false);
    expect(parseDocumentReference("E/CN.15/2021/1").ok && parseDocumentReference("E/CN.15/2021/1")).toMatchObject({
      value: { kind: "symbol" },
    });
  });

  it("accepts every generated full and partial symbol unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryDocumentSymbol, arbitraryPartialSymbol), (text) => {
        expect(asOf2021.parse(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("describes itself in JSON Schema as a string", () => {
    expect(z.toJSONSchema(DocumentReferenceText)).toMatchObject({ type: "string" });
  });
});
