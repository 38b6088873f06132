import type { ExportFormat } from "./ExportFormats";
import type { ReportFormat } from "./ReportFormats";

/** What a file written in one of the formats is: its media type, its file extension, and whether it is bytes. */
export interface FormatFile {
  /** The IANA media type, with its charset where the format is text (`text/csv; charset=utf-8`). */
  readonly mediaType: string;
  /** The extension a file of the format takes, without the dot (an IATI file is XML: `xml`). */
  readonly extension: string;
  /**
   * A ZIP package (XLSX, DOCX), not text: a terminal would show it as garbage and a
   * download names it an attachment.
   */
  readonly binary: boolean;
}

/**
 * The file each export and report format writes, so that a command line and an HTTP API
 * name, type and guard their output alike.
 * @example FORMAT_FILES.iati // { mediaType: "application/xml; charset=utf-8", extension: "xml", binary: false }
 */
export const FORMAT_FILES: Readonly<Record<ExportFormat | ReportFormat, FormatFile>> = {
  csv: { mediaType: "text/csv; charset=utf-8", extension: "csv", binary: false },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    binary: true,
  },
  json: { mediaType: "application/json; charset=utf-8", extension: "json", binary: false },
  jsonl: { mediaType: "application/x-ndjson; charset=utf-8", extension: "jsonl", binary: false },
  iati: { mediaType: "application/xml; charset=utf-8", extension: "xml", binary: false },
  ics: { mediaType: "text/calendar; charset=utf-8", extension: "ics", binary: false },
  md: { mediaType: "text/markdown; charset=utf-8", extension: "md", binary: false },
  html: { mediaType: "text/html; charset=utf-8", extension: "html", binary: false },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    binary: true,
  },
};
