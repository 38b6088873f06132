import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvEscapeCell, formatCsvRow, guardFormula, unguardFormula } from "./CsvCell";

describe("formula-injection protection", () => {
  it("a cell a spreadsheet would run as a formula gets one apostrophe in front", () => {
    expect(["=SUM(A1:A9)", "+1+2", "-2+3", "@cmd", "\tTAB", "\rx"].map(guardFormula)).toEqual([
      "'=SUM(A1:A9)",
      "'+1+2",
      "'-2+3",
      "'@cmd",
      "'\tTAB",
      "'\rx",
    ]);
  });

  it("a formula behind white space, a line feed or in full-width signs is guarded too (probe defect 8)", () => {
    expect(
      [" =1+1", "\n=1+1", "\u00a0=1", "\u3000+1", "＝1+1", "＋1", "－1", "＠cmd", "\nplain"].map(guardFormula),
    ).toEqual(["' =1+1", "'\n=1+1", "'\u00a0=1", "'\u3000+1", "'＝1+1", "'＋1", "'－1", "'＠cmd", "'\nplain"]);
  });

  it("plain numbers, ordinary text and an apostrophe before ordinary text are written as they are", () => {
    expect(["-5", "+1.5e3", "2440", "'abc", "''", "E/CN.15/2011/2", "网络犯罪"].map(guardFormula)).toEqual([
      "-5",
      "+1.5e3",
      "2440",
      "'abc",
      "''",
      "E/CN.15/2011/2",
      "网络犯罪",
    ]);
  });

  it("a cell that already starts with apostrophes before a formula gets one more, and loses exactly one on import", () => {
    expect(guardFormula("'=x")).toBe("''=x");
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(unguardFormula("'abc")).toBe("'abc");
  });

  it("import undoes export for any text, and nothing exported starts like a formula", () => {
    const risky = fc.string({
      unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "\n", " ", "＝", "＠", "1", ".", "e", "a", "网"),
    });
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (value) => {
        const guarded = guardFormula(value);
        expect(unguardFormula(guarded)).toBe(value);
        if (/^(\s*[=+\-@＝＋－＠]|[\t\r\n])/.test(guarded))
          expect(guarded).toMatch(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatCsvRow", () => {
  it("quotes cells with commas, quotes and line breaks and ends the row with CRLF", () => {
    expect(formatCsvRow(["ccpcj-30", "Vienna, Austria", 'the "stocktaking" meeting', "line one\nline two"])).toBe(
      'ccpcj-30,"Vienna, Austria","the ""stocktaking"" meeting","line one\nline two"\r\n',
    );
  });

  it("a guarded cell is quoted when it needs quotes too", () => {
    expect(csvEscapeCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it("a row of one empty cell is written as a quoted empty cell, not a blank line", () => {
    expect(formatCsvRow([""])).toBe('""\r\n');
    expect(formatCsvRow(["", ""])).toBe(",\r\n");
  });
});
