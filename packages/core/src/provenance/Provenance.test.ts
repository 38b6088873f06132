import { describe, expect, it } from "vitest";
import { DocumentProvenance, Provenance, mergeProvenance } from "./Provenance";
import { readSourceReference } from "./SourceReference";

const REPORT_2021 = "E/CN.15/2021/…";

describe("the document a fact was stated in", () => {
  it("may be the 2021 report, whose number the seed does not give: E/CN.15/2021/…", () => {
    expect(DocumentProvenance.parse({ source: "document", symbol: REPORT_2021, paragraphs: [17] }).symbol).toBe(
      REPORT_2021,
    );
    expect(
      DocumentProvenance.safeParse({ source: "document", symbol: "e/cn.15/2021/...", paragraphs: [17] }).success,
    ).toBe(false);
  });

  it("a full symbol is stored in its written form; full-width forms are refused, not folded", () => {
    expect(DocumentProvenance.parse({ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [2] }).symbol).toBe(
      "E/CN.15/2011/2",
    );
    expect(
      DocumentProvenance.safeParse({ source: "document", symbol: "Ｅ／ＣＮ.15／2011／2", paragraphs: [2] }).success,
    ).toBe(false);
  });

  it("a decision cited by number is a source in its short citation form; a resolution citation becomes its symbol", () => {
    expect(readSourceReference("大会第 74/567 号决定")).toEqual({ ok: true, value: "GA decision 74/567" });
    expect(readSourceReference("General Assembly resolution 74/173")).toEqual({ ok: true, value: "A/RES/74/173" });
    expect(readSourceReference("CCPCJ resolution 22/8")).toEqual({ ok: true, value: "CCPCJ resolution 22/8" });
  });

  it("a file name or a description is no document: refused with both parsers' reasons", () => {
    const result = readSourceReference("SG_report_cybercrime_TA_2021");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error._tag).toBe("InvalidSourceReference");
    expect(result.error.asSymbol).toContain(
      '"SG_report_cybercrime_TA_2021" is not a valid document symbol: at character 2',
    );
    expect(result.error.asCitation).toContain("a citation says whether it is a resolution or a decision");
    expect(result.error.message).toContain('a partial symbol whose number is unknown ("E/CN.15/2021/…")');
    const parsed = Provenance.safeParse({
      source: "document",
      symbol: "SG report on cybercrime technical assistance (2021)",
      paragraphs: [17],
    });
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([["symbol"]]);
  });

  it("a misprinted symbol is refused with the symbol parser's explanation", () => {
    const result = readSourceReference("A/624/123");
    expect(!result.ok && result.error.asSymbol).toContain("the General Assembly has had no 624th session");
  });

  it("an ill-formed partial symbol is refused with the partial-symbol reason", () => {
    const result = readSourceReference("E/CN.15/…");
    expect(!result.ok && result.error.asSymbol).toContain('a partial symbol names its year before "…"');
  });
});

describe("footnotes", () => {
  it("the agenda's symbol stated in the unnumbered footnote, the Salvador Declaration's in footnote 4", () => {
    expect(
      DocumentProvenance.parse({ source: "document", symbol: REPORT_2021, paragraphs: [], footnotes: ["*"] }).footnotes,
    ).toEqual(["*"]);
    expect(
      DocumentProvenance.parse({ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [21], footnotes: [4] })
        .footnotes,
    ).toEqual([4]);
  });

  it("a footnote is a positive number or the asterisk, cited once", () => {
    const base = { source: "document", symbol: "E/CN.15/2011/2", paragraphs: [] };
    expect(DocumentProvenance.safeParse({ ...base, footnotes: [0] }).success).toBe(false);
    expect(DocumentProvenance.safeParse({ ...base, footnotes: ["†"] }).success).toBe(false);
    expect(DocumentProvenance.safeParse({ ...base, footnotes: [] }).success).toBe(false);
    expect(DocumentProvenance.safeParse({ ...base, footnotes: [4, 4] }).error?.issues[0]).toMatchObject({
      path: ["footnotes"],
      message: "a footnote is cited twice",
    });
  });

  it("merging citations of one document keeps its paragraphs and footnotes together", () => {
    const merged = mergeProvenance([
      { source: "document", symbol: "E/CN.15/2011/2", paragraphs: [24], footnotes: [1] },
      { source: "document", symbol: "E/CN.15/2011/2", paragraphs: [21], footnotes: [4, "*"] },
      { source: "document", symbol: REPORT_2021, paragraphs: [17] },
    ]);
    expect(merged).toEqual([
      { source: "document", symbol: "E/CN.15/2011/2", paragraphs: [21, 24], footnotes: ["*", 1, 4] },
      { source: "document", symbol: REPORT_2021, paragraphs: [17] },
    ]);
  });
});
