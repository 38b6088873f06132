import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textChunks, type ByteChunks } from "./ByteChunks";
import { formatCsvRow } from "./CsvCell";
import { parseCsv, parseCsvFields, type CsvRow } from "./CsvParser";

async function rows(chunks: ByteChunks): Promise<CsvRow[]> {
  const all: CsvRow[] = [];
  for await (const row of parseCsv(chunks)) all.push(row);
  return all;
}

describe("parseCsv", () => {
  it("reads quoted fields with commas, line breaks and doubled quotes, each row at the line it starts", async () => {
    const text =
      'id,title_en,notes\r\nccpcj-20,"Protecting children, in a digital age","first\r\nsecond"\r\nccpcj-30,"the ""stocktaking"" meeting",\r\n';
    expect(await rows(textChunks(text))).toEqual([
      { line: 1, cells: ["id", "title_en", "notes"] },
      { line: 2, cells: ["ccpcj-20", "Protecting children, in a digital age", "first\r\nsecond"] },
      { line: 4, cells: ["ccpcj-30", 'the "stocktaking" meeting', ""] },
    ]);
  });

  it("accepts LF and CRLF, skips blank lines and reads a last row without a line break", async () => {
    expect(await rows(textChunks("a,b\n\r\n\nc,d\r\ne,f"))).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 4, cells: ["c", "d"] },
      { line: 5, cells: ["e", "f"] },
    ]);
  });

  it("drops the UTF-8 byte order mark spreadsheets write, even split across chunks", async () => {
    expect(await rows(textChunks("\uFEFFid,title_zh\nccpcj,预防犯罪和刑事司法委员会\n", [1, 2]))).toEqual([
      { line: 1, cells: ["id", "title_zh"] },
      { line: 2, cells: ["ccpcj", "预防犯罪和刑事司法委员会"] },
    ]);
  });

  it("reports broken quoting on its row and reads on", async () => {
    const read = await rows(textChunks('a,"b"c,d\nx,y"z\nok,row\n"never closed,\n'));
    expect(read.map((row) => [row.line, row.problem?.reason])).toEqual([
      [1, "field 2 goes on after its closing quote"],
      [2, "field 2 holds a quote but does not start with one"],
      [3, undefined],
      [4, "field 1 opens a quote that is never closed"],
    ]);
    expect(read[0]?.cells).toEqual(["a", "bc", "d"]);
  });

  it("a row that is not UTF-8 (a Windows-1252 é) is reported and the next row is read", async () => {
    async function* latin1(): ByteChunks {
      yield new Uint8Array([0x53, 0x61, 0x6c, 0x76, 0x61, 0x64, 0x6f, 0x72, 0x2c, 0xe9, 0x0a]);
      yield new TextEncoder().encode("Doha,2015\n");
    }
    const read = await rows(latin1());
    expect(read[0]).toEqual({
      line: 1,
      cells: [],
      problem: { reason: "the row is not valid UTF-8 text; save the file with the UTF-8 encoding" },
    });
    expect(read[1]).toEqual({ line: 2, cells: ["Doha", "2015"] });
  });

  it("removes the formula guard that export added", async () => {
    expect((await rows(textChunks("'=1+1,'-2+3,-5,'abc\n")))[0]?.cells).toEqual(["=1+1", "-2+3", "-5", "'abc"]);
  });

  it("parseCsvFields reads an empty last field after a trailing comma", () => {
    expect(parseCsvFields('a,"",')).toEqual({ cells: ["a", "", ""] });
  });

  it("any rows of any text survive formatCsvRow then parseCsv, wherever the chunks are cut", async () => {
    const tricky = fc.constantFrom(
      ";",
      '"',
      ",",
      "\n",
      "\r",
      "\r\n",
      "=",
      "+",
      "-",
      "@",
      "'",
      "\t",
      " ",
      "a",
      "1",
      "网络犯罪",
      "الجريمة",
      "\uFEFF",
    );
    const cell = fc.oneof(fc.string({ unit: tricky }), fc.string({ unit: "grapheme" }), fc.string());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (table, cuts) => {
          const text = table.map(formatCsvRow).join("");
          const length = new TextEncoder().encode(text).length;
          const read = await rows(
            textChunks(
              text,
              cuts.map((at) => at % (length + 1)),
            ),
          );
          expect(read.map((row) => row.cells)).toEqual(table);
          expect(read.every((row) => row.problem === undefined)).toBe(true);
          const starts: number[] = [];
          let line = 1;
          for (const row of table) {
            starts.push(line);
            line += formatCsvRow(row).split("\n").length - 1;
          }
          expect(read.map((row) => row.line)).toEqual(starts);
        },
      ),
      { numRuns: 500 },
    );
  });
});
