// What every language's report test asks of the 2021 report: the same paragraphs, numbered
// as the source numbers them, and each headline figure printed with its qualifier in that
// language's words, in the paragraph the source gives it.
import { reportParagraphs, type Language, type Report } from "@remit/core";
import { renderReportHtml } from "../src/report";
import { datasetReport } from "./ReportTestSupport";

/** The 2021 report in a language and in English, to compare numbering with. */
export function reportsIn(language: Language): { readonly report: Report; readonly english: Report } {
  return { report: datasetReport(language), english: datasetReport("en") };
}

/** The paragraph numbers of a report, in order. */
export function numbering(report: Report): number[] {
  return reportParagraphs(report).map((paragraph) => paragraph.number);
}

/** The text of a numbered paragraph. */
export function paragraphText(report: Report, number: number): string {
  const paragraph = reportParagraphs(report).find((candidate) => candidate.number === number);
  if (paragraph === undefined) throw new Error(`the report has no paragraph ${number}`);
  return paragraph.text;
}

/** How a figure reads where it is printed: the text of the segment that carries it. */
export function figureText(report: Report, number: number, key: string): string | undefined {
  const paragraph = reportParagraphs(report).find((candidate) => candidate.number === number);
  const figure = paragraph?.figures.find((candidate) => candidate.key === key);
  if (figure === undefined) return undefined;
  return paragraph?.segments.find((segment) => segment.figureKey === figure.key)?.text;
}

/** Every text a reader sees: masthead, title, summary and paragraphs. */
export function bodyText(report: Report): string {
  return [
    report.title,
    ...report.summary.map((passage) => passage.text),
    ...reportParagraphs(report).map((paragraph) => paragraph.text),
  ].join("\n");
}

/** The opening tag of the report's HTML. */
export function htmlRoot(report: Report): string {
  return /<html[^>]*>/.exec(renderReportHtml(report))?.[0] ?? "";
}

/** Template syntax that reached the page: "{slot}", "[guard=…]", "|lower". */
export const TEMPLATE_LEFTOVER = /\{[A-Za-z][\w.|-]*\}|\[[\w.-]+=[\w-]+\]/;

/** A document symbol, which stays in Latin script in every language: "UNODC/CCPCJ/EG.4/2020/2", "A/RES/74/173". */
const DOCUMENT_SYMBOL = /[A-Z][A-Za-z0-9.]*(?:\/[A-Za-z0-9.…-]+)+/gu;

/**
 * The Latin-script words of a report's body that are neither in a document symbol nor on the
 * allow-list of proper names the language leaves in Latin (brands, programme names).
 */
export function foreignLatinWords(report: Report, allowed: ReadonlySet<string>): string[] {
  const text = bodyText(report).replace(DOCUMENT_SYMBOL, " ");
  return (text.match(/[A-Za-z][A-Za-z0-9'’-]*/gu) ?? []).filter((word) => !allowed.has(word));
}
