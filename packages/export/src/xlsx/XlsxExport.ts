import { PassThrough, type Writable } from "node:stream";
import { recordToCsvRow, type CsvKind, type EntityOf } from "@remit/core";
import ExcelJS from "exceljs";
import { recordsOf, type Source } from "../stream/Source";
import { keepUp } from "./ZipBackpressure";
import { columnWidth, typedCell, xlsxColumns, type XlsxColumn } from "./XlsxColumns";
import { writableText } from "../text/WritableText";

/** One sheet of a workbook: the records of one kind, and the sheet's name. */
export type XlsxSheet = {
  [K in CsvKind]: {
    readonly kind: K;
    readonly records: Source<EntityOf<K>>;
    /** The tab's name (at most 31 characters); default the kind's plural ("activities"). */
    readonly name?: string;
  };
}[CsvKind];

/** Workbook properties. */
export interface XlsxExportOptions {
  /** The workbook's author; default "Remit". */
  readonly creator?: string;
  /** The workbook's creation time; default now. */
  readonly created?: Date;
}

/** The default tab name of each kind. */
export const SHEET_NAMES: Readonly<Record<CsvKind, string>> = {
  body: "bodies",
  session: "sessions",
  mandate: "mandates",
  instrument: "instruments",
  activity: "activities",
  indicator: "indicators",
  observation: "observations",
};

/** How many rows are read before the column widths are fixed (they are written first). */
const WIDTH_SAMPLE = 100;
const DATE_FORMAT = "yyyy-mm-dd";

type Row = readonly string[];

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: XlsxSheet,
  output: Writable,
): Promise<void> {
  const columns = xlsxColumns(sheet.kind);
  const rows = recordsOf<EntityOf<CsvKind>>(sheet.records);
  const sample: Row[] = [];
  // Column widths go before the rows in the sheet's XML, so the first rows are read first.
  let next = await rows.next();
  while (next.done !== true && sample.length < WIDTH_SAMPLE) {
    sample.push(recordToCsvRow(sheet.kind, next.value));
    next = await rows.next();
  }
  const worksheet = workbook.addWorksheet(sheet.name ?? SHEET_NAMES[sheet.kind], {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  worksheet.columns = columns.map((column, index) => ({
    key: column.header,
    width: columnWidth(
      column,
      sample.map((row) => row[index] ?? ""),
    ),
    ...(column.type === "date" ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  const header = worksheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  // One style object per column, shared by all its cells: exceljs caches a style by object,
  // so a shared one is registered once instead of once per cell.
  const styles: Partial<ExcelJS.Style>[] = columns.map((column) =>
    column.type === "date" ? { numFmt: DATE_FORMAT } : {},
  );
  const rowStyle: Partial<ExcelJS.Style> = {};
  let count = 0;
  const add = async (cells: Row): Promise<void> => {
    const values = typedRow(columns, cells);
    const row = worksheet.addRow(values);
    // exceljs's Row type leaves out the style property its writer reads.
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = rowStyle;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.style = styles[column - 1] ?? rowStyle;
    });
    row.commit();
    count += 1;
    if (count % 64 === 0) await keepUp(worksheet, output);
  };
  for (const cells of sample) await add(cells);
  while (next.done !== true) {
    await add(recordToCsvRow(sheet.kind, next.value));
    next = await rows.next();
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
  worksheet.commit();
}

function typedRow(columns: readonly XlsxColumn[], cells: Row): ExcelJS.CellValue[] {
  // Excel refuses a sheet whose XML holds a control character: cells without them.
  return columns.map((column, index) => typedCell(column.type, writableText(cells[index] ?? "")));
}

/**
 * Writes a workbook to a Node stream with exceljs's streaming writer: one sheet per entry
 * of `sheets`, each holding the columns of the kind's CSV layout (CSV_LAYOUTS.md) with a
 * bold, frozen header row, an autofilter over the data, widths from the header and the
 * first 100 rows, and typed cells — numbers as numbers, full dates as dates, a year or a
 * month ("2020", "2020-08") as text. Rows are written and flushed one by one, the writer
 * waits whenever compression or the output falls behind, and `useSharedStrings` is off, so
 * memory does not grow with the number of rows.
 * @example await writeXlsx([{ kind: "activity", records: activities }], createWriteStream("remit.xlsx"));
 */
export async function writeXlsx(
  sheets: readonly XlsxSheet[],
  output: Writable,
  options: XlsxExportOptions = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = options.creator ?? "Remit";
  workbook.created = options.created ?? new Date();
  for (const sheet of sheets) await writeSheet(workbook, sheet, output);
  await workbook.commit();
}

/**
 * {@link writeXlsx} as chunks of bytes, for a Fetch `Response` body or any consumer of
 * async iterables. The workbook is written while the chunks are read.
 * @example const response = new Response(ReadableStream.from(exportXlsx([{ kind: "mandate", records: mandates }])));
 */
export async function* exportXlsx(
  sheets: readonly XlsxSheet[],
  options: XlsxExportOptions = {},
): AsyncGenerator<Uint8Array> {
  const output = new PassThrough();
  const written = writeXlsx(sheets, output, options).then(
    () => undefined,
    (error: unknown) => {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  for await (const chunk of output) yield chunk as Uint8Array;
  await written;
}
