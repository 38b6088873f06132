import type { Report } from "@remit/core";
import { reportFigures } from "@remit/core";
import { chapterNumber, paragraphNumber, sectionBlocks, symbolLine } from "./ReportLayout";
import { figureRecords, figureSources, noteReport, type NotedBlock } from "./ReportNotes";

/**
 * Escapes text for Markdown so that a record's words never turn into markup: backslash,
 * emphasis, code, links, HTML, tables and headings are written literally.
 * @example escapeMarkdown("*not* [a link]") // "\\*not\\* \\[a link\\]"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, "\\$&").replace(/\r?\n/g, " ");
}

function blockText(block: NotedBlock | undefined, fallback: string): string {
  if (block === undefined) return escapeMarkdown(fallback);
  const runs = block.runs.map((run) => escapeMarkdown(run.text)).join("");
  return block.endNote === undefined ? runs : `${runs}[^${block.endNote}]`;
}

/**
 * Renders a report as Markdown (CommonMark with footnotes): masthead, title, summary, the
 * chapters with their sub-sections and continuously numbered paragraphs, a figures table
 * and the footnotes that give every figure's provenance. Every text from the records is
 * escaped.
 * @example await writeFile("report.md", renderReportMarkdown(report))
 */
export function renderReportMarkdown(report: Report): string {
  const noted = noteReport(report);
  const { labels } = report;
  const out: string[] = [];
  const symbol = symbolLine(report);
  out.push(...report.destination.lines.map((line) => `${escapeMarkdown(line)}  `));
  if (report.destination.agendaSymbol !== undefined) out.push(`(${escapeMarkdown(report.destination.agendaSymbol)})  `);
  if (symbol !== undefined) out.push(escapeMarkdown(symbol));
  out.push(
    "",
    `# ${escapeMarkdown(report.title)}`,
    "",
    `**${escapeMarkdown(labels.reportBy)}**`,
    "",
    `## ${escapeMarkdown(labels.summary)}`,
    "",
  );
  report.summary.forEach((passage, index) => out.push(blockText(noted.summary[index], passage.text), ""));
  for (const section of report.sections) {
    const chapter = chapterNumber(report, section);
    out.push(`## ${chapter.numeral}${chapter.separator}${escapeMarkdown(section.heading)}`, "");
    for (const { paragraph, heading } of sectionBlocks(section)) {
      if (heading !== undefined) out.push(`### ${escapeMarkdown(heading)}`, "");
      const mark = paragraph.writtenIn === undefined ? "" : `\\[${paragraph.writtenIn}\\] `;
      out.push(
        `${report.templateLanguage === "ar" ? paragraphNumber(report, paragraph.number) : `${paragraph.number}\\.`} ${mark}${blockText(noted.paragraphs.get(paragraph.number), paragraph.text)}`,
        "",
      );
    }
  }
  const rows = reportFigures(report);
  if (rows.length > 0) {
    out.push(
      `## ${escapeMarkdown(labels.figures)}`,
      "",
      `| ${labels.paragraph} | ${labels.figure} | ${labels.value} | ${labels.sources} | ${labels.records} |`,
      "| ---: | --- | --- | --- | --- |",
    );
    for (const { paragraph, figure } of rows) {
      out.push(
        `| ${paragraph} | ${escapeMarkdown(figure.label)} | ${escapeMarkdown(figure.text)} | ${escapeMarkdown(figureSources(figure, report))} | ${escapeMarkdown(figureRecords(figure, report))} |`,
      );
    }
    out.push("");
  }
  for (const note of noted.notes) out.push(`[^${note.number}]: ${escapeMarkdown(note.text)}`);
  return `${out.join("\n").trimEnd()}\n`;
}
