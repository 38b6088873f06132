/**
 * Reading and writing records as files' bytes, in a browser or Node: streamed JSON Lines,
 * JSON documents and CSV readers that yield the `ImportEntry`s a Store imports (with file
 * and line for every problem), the per-kind CSV layouts (CSV_LAYOUTS.md), and file-format
 * detection. No node:* import: input is any `AsyncIterable<Uint8Array>`.
 * @module
 */
export { withoutBom, readableChunks, textChunks, type ByteChunks } from "./ByteChunks";
export { type ReadOptions, type RecordEnvelope, KIND_OF_UNREADABLE, isEntityKind } from "./RecordEnvelope";
export { readJsonLines, jsonLinesSource, type JsonLinesSource } from "./JsonLines";
export { readJsonDocument } from "./JsonDocument";
export { findJsonSyntaxError, type JsonSyntaxError, type JsonExpected } from "./JsonSyntaxError";
export { csvEscapeCell, formatCsvRow, guardFormula, unguardFormula } from "./CsvCell";
export { parseCsv, parseCsvFields, type CsvRow, type CsvRowProblem } from "./CsvParser";
export { joinListCell, splitListCell } from "./ListCell";
export type { CsvColumn, CsvField, CellProblem, FieldPath } from "./CsvField";
export { JsonOnlyKind, type CsvLayout, type TabularCsvLayout, type JsonOnlyCsvLayout } from "./CsvLayout";
export { CSV_LAYOUTS, type CsvKind } from "./CsvLayouts";
export {
  csvHeader,
  recordToCsvRow,
  bindCsvHeader,
  readCsvRow,
  csvRowToRecord,
  type CsvHeaderBinding,
  type CsvResult,
} from "./CsvRecords";
export { type InvalidCsvRow } from "./InvalidCsvRow";
export { readCsv, type CsvReadOptions } from "./CsvReader";
export { readEntries, type TextFileFormat } from "./TextEntries";
export { csvLayoutsMarkdown } from "./CsvLayoutsMarkdown";
export { detectFormat, type FileFormat } from "./FileFormat";
export { kindOfWord, kindOfFileName, kindOfRecord, kindOfCsvHeader } from "./KindDetection";
export { kindOfFile } from "./ContentKind";
