import type { Report } from "@remit/core";
import { reportFigures } from "@remit/core";
import { escapeHtml } from "./HtmlEscape";
import { REPORT_CSS } from "./ReportHtmlStyle";
import { chapterNumber, paragraphNumber, sectionBlocks, symbolLine } from "./ReportLayout";
import { figureRecords, figureSources, noteReport, type NotedBlock } from "./ReportNotes";

function noteRef(note: number): string {
  return `<sup class="note"><a href="#note-${note}" id="ref-${note}">${note}</a></sup>`;
}

function blockHtml(block: NotedBlock | undefined, fallback: string, report: Report): string {
  if (block === undefined) return escapeHtml(fallback);
  const runs = block.runs.map((run) => {
    if (run.figure === undefined) return escapeHtml(run.text);
    const records = figureRecords(run.figure, report);
    const sources = [figureSources(run.figure, report), records].filter((part) => part !== "").join(" — ");
    const title = sources === "" ? "" : ` title="${escapeHtml(sources)}"`;
    return `<span class="figure" data-figure="${escapeHtml(run.figure.key)}"${title}>${escapeHtml(run.text)}</span>`;
  });
  return runs.join("") + (block.endNote === undefined ? "" : noteRef(block.endNote));
}

/**
 * Renders a report as one standalone HTML file: inline print-ready CSS, `lang` and `dir`
 * from the language the report is written in (right-to-left for Arabic), a masthead with
 * the session, agenda item and symbol, continuously numbered paragraphs (each with an
 * `id="para-N"` anchor), figures whose hover text and footnote give their provenance, a
 * figures table and the footnotes. Every text is HTML-escaped.
 * @example await writeFile("report.html", renderReportHtml(report))
 */
export function renderReportHtml(report: Report): string {
  const noted = noteReport(report);
  const { labels } = report;
  const symbol = symbolLine(report);
  const out: string[] = [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(report.isFallback ? report.templateLanguage : report.language)}" dir="${report.direction}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    '<header class="masthead">',
    `<div class="destination">${report.destination.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}${
      report.destination.agendaSymbol === undefined
        ? ""
        : `<p class="agenda-symbol">(${escapeHtml(report.destination.agendaSymbol)})</p>`
    }</div>`,
    symbol === undefined ? "" : `<div class="symbol">${escapeHtml(symbol)}</div>`,
    "</header>",
    "<main>",
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="by">${escapeHtml(labels.reportBy)}</p>`,
    `<section class="summary"><h2>${escapeHtml(labels.summary)}</h2>`,
    ...report.summary.map((passage, index) => `<p>${blockHtml(noted.summary[index], passage.text, report)}</p>`),
    "</section>",
  ];
  for (const section of report.sections) {
    out.push(
      `<section class="chapter" id="chapter-${escapeHtml(section.id)}">`,
      `<h2><span class="numeral">${escapeHtml(chapterNumber(report, section).numeral)}</span>${chapterNumber(report, section).separator}${escapeHtml(section.heading)}</h2>`,
    );
    for (const { paragraph, heading } of sectionBlocks(section)) {
      if (heading !== undefined) out.push(`<h3>${escapeHtml(heading)}</h3>`);
      const body = blockHtml(noted.paragraphs.get(paragraph.number), paragraph.text, report);
      // A paragraph written in a fallback language says so, and carries that language for screen readers.
      const fallback =
        paragraph.writtenIn === undefined
          ? ""
          : ` lang="${escapeHtml(paragraph.writtenIn)}" data-fallback="${escapeHtml(paragraph.writtenIn)}"`;
      const mark =
        paragraph.writtenIn === undefined
          ? ""
          : `<span class="fallback-mark">[${escapeHtml(paragraph.writtenIn)}]</span> `;
      out.push(
        `<p class="para" id="para-${paragraph.number}" data-spec="${escapeHtml(paragraph.specId)}"${fallback}><span class="num">${paragraphNumber(report, paragraph.number)}</span>${mark}${body}</p>`,
      );
    }
    out.push("</section>");
  }
  const rows = reportFigures(report);
  if (rows.length > 0) {
    out.push(
      `<section class="figures-table"><h2>${escapeHtml(labels.figures)}</h2>`,
      '<table class="figures">',
      `<thead><tr><th>${escapeHtml(labels.paragraph)}</th><th>${escapeHtml(labels.figure)}</th><th>${escapeHtml(labels.value)}</th><th>${escapeHtml(labels.sources)}</th><th>${escapeHtml(labels.records)}</th></tr></thead>`,
      "<tbody>",
      ...rows.map(
        ({ paragraph, figure }) =>
          `<tr><td class="num"><a href="#para-${paragraph}">${paragraph}</a></td><td>${escapeHtml(figure.label)}</td><td>${escapeHtml(figure.text)}</td><td>${escapeHtml(figureSources(figure, report))}</td><td>${escapeHtml(figureRecords(figure, report))}</td></tr>`,
      ),
      "</tbody></table></section>",
    );
  }
  if (noted.notes.length > 0) {
    out.push(`<section class="notes"><h2>${escapeHtml(labels.notes)}</h2><ol>`);
    out.push(
      ...noted.notes.map(
        (note) =>
          `<li id="note-${note.number}">${escapeHtml(note.text)} <a href="#ref-${note.number}" aria-label="back">↩</a></li>`,
      ),
    );
    out.push("</ol></section>");
  }
  out.push("</main>", "</body>", "</html>");
  return `${out.filter((line) => line !== "").join("\n")}\n`;
}
