import type { EntityKind, ImportEntry, RecordProblem } from "@remit/core";
import { bindCsvHeader, readCsvRow } from "@remit/core";
import type * as Excel from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import { kindOfCsvHeader, kindOfWord } from "./KindDetection";

type ExcelModule = typeof Excel;

/** exceljs is CommonJS: its API is the default export under Node's ESM loader. */
async function loadExcel(): Promise<ExcelModule> {
  const module = (await import("exceljs")) as ExcelModule & { readonly default?: ExcelModule };
  return module.default ?? module;
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * A cell as the text a CSV cell would hold, so a sheet reads with the same column layouts
 * as CSV: rich text joined, a hyperlink's text, a formula's result, a date as YYYY-MM-DD.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return "";
  if ("result" in value) return value.result === undefined ? "" : cellText(value.result);
  return "";
}

function rowCells(sheet: Worksheet, rowNumber: number, width: number): string[] {
  const row = sheet.getRow(rowNumber);
  return Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value));
}

function problem(
  file: string,
  line: number,
  kind: EntityKind,
  found: Omit<RecordProblem, "file" | "line">,
): ImportEntry {
  return { kind, record: undefined, file, line, readProblem: { ...found, file, line } };
}

/** A row's problems as one (a row is one record): the first one's field path, every reason. */
function oneProblem(problems: readonly RecordProblem[]): Omit<RecordProblem, "file" | "line"> {
  const [first, ...rest] = problems;
  if (first === undefined) return { path: [], reason: "the row cannot be read" };
  return rest.length === 0
    ? first
    : { ...first, reason: [first.reason, ...rest.map((other) => other.reason)].join("; ") };
}

/**
 * The records of an XLSX workbook as import entries: each worksheet holds one kind of record
 * in the CSV layout of that kind (the header row names the columns, see CSV_LAYOUTS.md).
 * The kind is `entity` (--entity), else the sheet's name ("activities"), else `fileKind`
 * (the workbook's name), else the one layout the header matches. Problems name the file,
 * the sheet and the row: `book.xlsx[activities]:12: …`.
 */
export async function* readWorkbook(
  path: string,
  entity: EntityKind | undefined,
  fileKind: EntityKind | undefined,
): AsyncGenerator<ImportEntry> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  for (const sheet of workbook.worksheets) {
    const file = `${path}[${sheet.name}]`;
    const width = sheet.columnCount;
    if (sheet.rowCount === 0 || width === 0) continue;
    const header = rowCells(sheet, 1, width).map((cell) => cell.trim());
    while (header.length > 0 && header.at(-1) === "") header.pop();
    const kind = entity ?? kindOfWord(sheet.name) ?? fileKind ?? kindOfCsvHeader(header);
    if (kind === undefined) {
      yield problem(file, 1, "body", {
        path: [],
        reason: `the sheet ${JSON.stringify(sheet.name)} names no kind of record and its header matches no single layout`,
        expected: "a sheet named after its kind (activities, mandates, …) or --entity KIND",
      });
      continue;
    }
    const bound = bindCsvHeader(kind, header);
    if (!bound.ok) {
      for (const found of bound.problems) yield problem(file, 1, kind, found);
      continue;
    }
    for (let line = 2; line <= sheet.rowCount; line += 1) {
      const cells = rowCells(sheet, line, header.length);
      if (cells.every((cell) => cell === "")) continue;
      const read = readCsvRow(bound.value, cells);
      if (read.ok) yield { kind, record: read.value, file, line };
      else yield problem(file, line, kind, oneProblem(read.problems));
    }
  }
}
