import { csvHeader, formatCsvRow, recordToCsvRow, type CsvKind, type EntityOf } from "@remit/core";
import { renderChunks, utf8Chunks, type Source } from "../stream/Source";

/** How a CSV file is written. */
export interface CsvExportOptions {
  /**
   * Start the file with a UTF-8 byte order mark (U+FEFF). Excel on Windows needs it to read
   * the file as UTF-8 rather than the system code page (Chinese and Arabic would otherwise
   * show as mojibake); other programs, and Remit's own reader, skip it. Default: false.
   */
  readonly bom?: boolean;
}

/** The byte order mark Excel looks for, as the first character of the text. */
export const UTF8_BOM = "\uFEFF";

/**
 * Writes records of one kind as a CSV file, streamed: the header row, then one row per
 * record in the column layout of `@remit/core`'s `CSV_LAYOUTS` (see its CSV_LAYOUTS.md), so
 * that core's `readCsv` reads the file back into the same records. RFC 4180: comma
 * separated, CRLF row ends, fields holding a comma, quote or line break quoted with inner
 * quotes doubled; text in six languages as `<name>_<lang>` columns; repeated values joined
 * by `;`; cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) guarded
 * with a leading apostrophe that the reader removes again.
 *
 * Rows are gathered into text chunks of about 64 KB; memory does not grow with the input.
 * @example
 * import { createWriteStream } from "node:fs";
 * import { Readable } from "node:stream";
 * import { pipeline } from "node:stream/promises";
 * await pipeline(Readable.from(exportCsv("activity", dataset.activities, { bom: true })), createWriteStream("activities.csv"));
 */
export function exportCsv<K extends CsvKind>(
  kind: K,
  records: Source<EntityOf<K>>,
  options: CsvExportOptions = {},
): AsyncGenerator<string> {
  const header = `${options.bom === true ? UTF8_BOM : ""}${formatCsvRow(csvHeader(kind))}`;
  return renderChunks(records, (record) => formatCsvRow(recordToCsvRow(kind, record)), header);
}

/**
 * {@link exportCsv} as UTF-8 bytes, for a Fetch `Response` body or a browser download.
 * @example new Response(ReadableStream.from(exportCsvBytes("mandate", mandates)), { headers: { "content-type": "text/csv; charset=utf-8" } })
 */
export function exportCsvBytes<K extends CsvKind>(
  kind: K,
  records: Source<EntityOf<K>>,
  options: CsvExportOptions = {},
): AsyncGenerator<Uint8Array> {
  return utf8Chunks(exportCsv(kind, records, options));
}
