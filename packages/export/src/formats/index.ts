/**
 * `@remit/export/formats`: what each export format holds and how records become one. Which
 * kinds a format writes (`exportKinds`), which others it reads for context (`CONTEXT_KINDS`:
 * what an IATI file needs besides activities), `exportRecords`, which picks the format's
 * writer (imported only when asked for), and `exportStore`, which feeds it from a Store, so a
 * command line and an HTTP API export alike; the same for a report (`REPORT_FORMATS`, `reportFormatOf` a file name, `renderReport`); and the
 * file each format writes (`FORMAT_FILES`: media type, extension, whether it is bytes).
 * @module
 */
export {
  EXPORT_FORMATS,
  TABLE_KINDS,
  CONTEXT_KINDS,
  exportKinds,
  type ExportFormat,
  type ExportRequest,
  type ExportKindsResult,
  type KindNotExportable,
} from "./ExportFormats";
export { REPORT_FORMATS, reportFormatOf, renderReport, type ReportFormat } from "./ReportFormats";
export { FORMAT_FILES, type FormatFile } from "./FormatFiles";
export { exportRecords, type RecordsOfKind, type ExportRecordsOptions } from "./ExportRecords";
export { exportStore, type StoreExportOptions } from "./StoreExport";
export type { ObservationsOfActivities } from "../iati/IatiExport";
