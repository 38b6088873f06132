/**
 * `@remit/export/csv`: records of one kind as an RFC 4180 CSV file, streamed, in the column
 * layouts of `@remit/core` (CSV_LAYOUTS.md), so that core's `readCsv` imports the file back
 * into the same records. UTF-8, optionally with a byte order mark for Excel.
 * @module
 */
export { exportCsv, exportCsvBytes, UTF8_BOM, type CsvExportOptions } from "./CsvExport";
export { type Source, collectText, utf8Chunks } from "../stream/Source";
