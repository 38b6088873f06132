import type { EntityKind, ImportEntry, RecordProblem } from "@remit/core";
import { bindCsvHeader, kindOfCsvHeader, kindOfWord, readCsvRow } from "@remit/core";
import ExcelJS, { type CellValue, type Worksheet } from "exceljs";

function isoDate(date: Date): string {
  // A cell styled as a date whose value is no number (edited by hand, or a broken file)
  // comes as an invalid Date: its text lets the column's reader refuse it with its place.
  if (Number.isNaN(date.getTime())) return "not a date";
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

function isFileSystemError(cause: unknown): boolean {
  const code = (cause as { readonly code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}

/**
 * Why the workbook's bytes are not a workbook, in words: the XML parser's "1:44182:
 * disallowed character" says where in which part, not that the workbook holds a character
 * XML forbids.
 */
function unreadableReason(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const xml = /^(\d+):(\d+): (.*)$/s.exec(message.split("\n")[0] ?? "");
  if (xml !== null) {
    return `its XML is not well formed at line ${xml[1]}, column ${xml[2]} of a part (${xml[3]}); a cell may hold a control character or U+FFFE/U+FFFF, which XML forbids`;
  }
  return message.split("\n")[0] ?? message;
}

/** A row's problems as one (a row is one record): the first one's field path, every reason. */
function oneProblem(problems: readonly RecordProblem[]): Omit<RecordProblem, "file" | "line"> {
  const [first, ...rest] = problems;
  if (first === undefined) return { path: [], reason: "the row cannot be read" };
  return rest.length === 0
    ? first
    : { ...first, reason: [first.reason, ...rest.map((other) => other.reason)].join("; ") };
}

/** Which kind a workbook's sheets hold, when their names do not say. */
export interface WorkbookReadOptions {
  /** The file's name in problems (`book.xlsx[activities]:12`); the path when reading a path. */
  readonly name?: string;
  /** Every sheet holds this kind (`--entity`), whatever its name. */
  readonly entity?: EntityKind;
  /** The kind the workbook's own name says, for sheets whose names say none. */
  readonly fileKind?: EntityKind;
}

/**
 * The records of an XLSX workbook (a path, or its bytes) as import entries: each worksheet
 * holds one kind of record in the CSV layout of that kind (the header row names the columns,
 * see CSV_LAYOUTS.md), so a workbook written by `exportXlsx` reads back as the same records.
 * The kind is `entity`, else the sheet's name ("activities"), else `fileKind`, else the one
 * layout the header matches. Problems name the file, the sheet and the row:
 * `book.xlsx[activities]:12: …`.
 * @example for await (const entry of readWorkbook("book.xlsx")) await store.importRecords(…)
 */
export async function* readWorkbook(
  input: string | Uint8Array,
  options: WorkbookReadOptions = {},
): AsyncGenerator<ImportEntry> {
  const { entity, fileKind } = options;
  const name = options.name ?? (typeof input === "string" ? input : "workbook.xlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof input === "string") await workbook.xlsx.readFile(input);
    else await workbook.xlsx.load(input as unknown as ArrayBuffer);
  } catch (cause) {
    // A file-system error (no such file) is the caller's to report; anything else is the file's content.
    if (typeof input === "string" && isFileSystemError(cause)) throw cause;
    yield problem(name, 1, entity ?? fileKind ?? "body", {
      path: [],
      reason: `the file cannot be read as a workbook: ${unreadableReason(cause)}`,
      expected: "an XLSX workbook (Office Open XML), as a spreadsheet program or `remit export xlsx` writes it",
    });
    return;
  }
  for (const sheet of workbook.worksheets) {
    const file = `${name}[${sheet.name}]`;
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
      for (const found of bound.error.problems) yield problem(file, 1, kind, found);
      continue;
    }
    for (let line = 2; line <= sheet.rowCount; line += 1) {
      const cells = rowCells(sheet, line, header.length);
      if (cells.every((cell) => cell === "")) continue;
      const read = readCsvRow(bound.value, cells);
      if (read.ok) yield { kind, record: read.value, file, line };
      else yield problem(file, line, kind, oneProblem(read.error.problems));
    }
  }
}
