import type { Report } from "@remit/core";

/** The formats a report is written in, one renderer of `@remit/export/report` each. */
export const REPORT_FORMATS = ["md", "html", "docx"] as const;
/** One of the formats a report is written in. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The report format a file name asks for by its extension (`.docx`, `.html` or `.htm`), else
 * Markdown: what `remit report -o FILE` writes when no format is given.
 * @example reportFormatOf("report.DOCX") // "docx"
 * @example reportFormatOf(undefined) // "md"
 */
export function reportFormatOf(fileName: string | undefined): ReportFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (extension === "docx") return "docx";
  if (extension === "html" || extension === "htm") return "html";
  return "md";
}

/**
 * A report rendered in `format`: Markdown or standalone HTML as text, DOCX as bytes. The
 * renderers are imported only when asked for, so that choosing a format loads no DOCX writer.
 */
export async function renderReport(report: Report, format: ReportFormat): Promise<string | Uint8Array> {
  const renderers = await import("../report/index");
  if (format === "html") return renderers.renderReportHtml(report);
  if (format === "docx") return renderers.renderReportDocx(report);
  return renderers.renderReportMarkdown(report);
}
