/**
 * `@remit/export/report`: the Secretary-General's report (a `Report` from `@remit/core`'s
 * `buildReport`) rendered to Markdown, standalone HTML and DOCX, with numbered paragraphs,
 * a figures table and every figure's provenance as a footnote.
 * @module
 */
export { renderReportMarkdown, escapeMarkdown } from "./ReportMarkdown";
export { renderReportHtml } from "./ReportHtml";
export { escapeHtml } from "./HtmlEscape";
export { REPORT_CSS } from "./ReportHtmlStyle";
export { renderReportDocx } from "./ReportDocx";
export { REPORT_FONTS } from "./ReportDocxStyle";
export {
  noteReport,
  describeSources,
  figureSources,
  figureRecords,
  punctuationOf,
  type NotedReport,
  type NotedBlock,
  type NotedRun,
  type ReportNote,
} from "./ReportNotes";
export { sectionBlocks, symbolLine, chapterNumber, paragraphNumber } from "./ReportLayout";
