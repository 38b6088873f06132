import { type CsvKind, type ImportEntry } from "@remit/core";
import { loadDataset, recordsOf } from "@remit/dataset";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportXlsx, readWorkbook, type WorkbookReadOptions, type XlsxSheet } from "../src/xlsx";

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

async function bytesOf(output: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of output) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function entriesOf(bytes: Uint8Array, options: WorkbookReadOptions = {}): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of readWorkbook(bytes, { name: "book.xlsx", ...options })) entries.push(entry);
  return entries;
}

/** A workbook of one sheet, written cell by cell as a person would in a spreadsheet. */
async function handWritten(sheetName: string, rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("reading a workbook back into records", () => {
  it("the dataset written by exportXlsx reads back as the same records, kind by kind", async () => {
    const data = dataset();
    const kinds: readonly CsvKind[] = ["body", "mandate", "activity", "observation"];
    const bytes = await bytesOf(
      exportXlsx(kinds.map((kind) => ({ kind, records: recordsOf(data, kind) }) as XlsxSheet)),
    );
    const entries = await entriesOf(bytes);
    expect(entries.filter((entry) => entry.readProblem !== undefined)).toEqual([]);
    for (const kind of kinds) {
      const read = entries.filter((entry) => entry.kind === kind).map((entry) => entry.record);
      expect(read, kind).toEqual([...recordsOf(data, kind)]);
    }
  });

  it("a sheet whose name and header say no kind is a problem at its first row, naming the sheet", async () => {
    const bytes = await handWritten("Sheet1", [
      ["code", "label"],
      ["x", "y"],
    ]);
    const [problem, ...rest] = await entriesOf(bytes);
    expect(rest).toEqual([]);
    expect(problem?.readProblem).toMatchObject({ file: "book.xlsx[Sheet1]", line: 1 });
    expect(problem?.readProblem?.reason).toContain('"Sheet1"');
  });

  it("a sheet named by --entity is read as that kind, whatever its name", async () => {
    const bytes = await handWritten("Sheet1", [
      ["id", "name_en", "kind"],
      ["unodc", "UNODC", "office"],
    ]);
    const entries = await entriesOf(bytes, { entity: "body" });
    expect(entries).toMatchObject([
      { kind: "body", record: { id: "unodc", name: { en: "UNODC" }, kind: "office" }, line: 2 },
    ]);
  });
});
