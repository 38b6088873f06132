import { CSV_LAYOUTS, type CsvColumn, type CsvKind } from "@remit/core";

/** How the cells of a column are typed in a workbook. */
export type XlsxCellType = "text" | "number" | "date" | "flag";

/** A column of a sheet: its header, how its cells are typed, and how wide it starts. */
export interface XlsxColumn {
  readonly header: string;
  readonly type: XlsxCellType;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The cell type of a layout column, read from the format core documents for it
 * (CSV_LAYOUTS.md): "whole number" and "number …" columns hold numbers, "date …" columns
 * dates, "`true` or empty" flags; everything else — ids, vocabularies, lists, JSON — is text.
 */
export function cellTypeOf(column: CsvColumn): XlsxCellType {
  if (column.format === "whole number" || column.format.startsWith("number")) return "number";
  if (column.format.startsWith("date")) return "date";
  if (column.format.startsWith("`true`")) return "flag";
  return "text";
}

/** The columns of a kind's sheet: exactly the columns of its CSV layout, in order. */
export function xlsxColumns(kind: CsvKind): XlsxColumn[] {
  const layout = CSV_LAYOUTS[kind];
  if (!layout.tabular) return [];
  return layout.columns.map((column) => ({ header: column.header, type: cellTypeOf(column) }));
}

/** A cell's value as a workbook holds it: a number, a date, a boolean, text, or empty. */
export type XlsxCellValue = string | number | boolean | Date | null;

/**
 * The typed value of one CSV cell (as `recordToCsvRow` writes it, before any formula guard):
 * a number for a number column; a date for a date column when the date is a full day
 * (UTC midnight, shown `yyyy-mm-dd`) — a year or a month ("2020", "2020-08") stays text,
 * since a spreadsheet date is always a day and would claim more than the source says;
 * `true` for a set flag; empty for an empty cell; text otherwise.
 */
export function typedCell(type: XlsxCellType, cell: string): XlsxCellValue {
  if (cell === "") return null;
  switch (type) {
    case "number": {
      const value = Number(cell);
      return Number.isFinite(value) ? value : cell;
    }
    case "date":
      return FULL_DATE.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell;
    case "flag":
      return cell === "true" ? true : cell;
    case "text":
      return cell;
  }
}

/**
 * The width to give a column, in characters: enough for the header and the sampled cells,
 * at least 10 and at most 60 (long texts and JSON wrap or overflow rather than push the
 * sheet wide). Dates get 12. (exceljs leaves a column of its default width 9 out of the
 * sheet, which spreadsheets then show narrower, hence the minimum of 10.)
 */
export function columnWidth(column: XlsxColumn, samples: readonly string[]): number {
  if (column.type === "date") return Math.max(12, column.header.length + 2);
  let widest = column.header.length;
  for (const sample of samples) widest = Math.max(widest, displayWidth(sample));
  return Math.min(60, Math.max(10, widest + 2));
}

/** Characters as a spreadsheet lays them out: East Asian wide characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xff00 && code <= 0xff60))
        ? 2
        : 1;
    if (width > 60) return width;
  }
  return width;
}
