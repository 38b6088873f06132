/**
 * `@remit/export/json`: records as JSON Lines (one record per line, optionally wrapped in a
 * `{"kind", "record"}` envelope) or as one JSON document keyed by kind, both streamed and
 * both read back by `@remit/core`'s `readJsonLines` and `readJsonDocument`.
 * @module
 */
export { exportJsonLines, exportKindedJsonLines, type JsonLinesOptions, type KindedRecord } from "./JsonLinesExport";
export { exportJsonDocument, type JsonDocumentGroups, type JsonDocumentOptions } from "./JsonDocumentExport";
export { type Source, collectText, utf8Chunks } from "../stream/Source";
