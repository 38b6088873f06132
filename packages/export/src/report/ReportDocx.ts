import type { Report } from "@remit/core";
import { reportFigures } from "@remit/core";
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import { withWritableText } from "../text/WritableText";
import { rightToLeftSections } from "./DocxSectionBidi";
import { BODY_SIZE, NUMBER_INDENT, reportStyles } from "./ReportDocxStyle";
import { chapterNumber, paragraphNumber, sectionBlocks, symbolLine } from "./ReportLayout";
import { figureRecords, figureSources, noteReport, type NotedBlock } from "./ReportNotes";

type Run = TextRun | FootnoteReferenceRun;

function blockRuns(block: NotedBlock | undefined, fallback: string, rtl: boolean): Run[] {
  const text = (value: string): TextRun => new TextRun({ text: value, ...(rtl ? { rightToLeft: true } : {}) });
  if (block === undefined) return [text(fallback)];
  const runs: Run[] = [];
  for (const run of block.runs) {
    runs.push(text(run.text));
  }
  if (block.endNote !== undefined) runs.push(new FootnoteReferenceRun(block.endNote));
  return runs;
}

function cell(
  text: string,
  options: { readonly bold?: boolean; readonly end?: boolean; readonly rtl: boolean; readonly width: number },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    children: [
      new Paragraph({
        ...(options.rtl ? { bidirectional: true } : {}),
        ...(options.end ? { alignment: AlignmentType.END } : {}),
        children: [
          new TextRun({
            text,
            size: 18,
            ...(options.bold ? { bold: true } : {}),
            ...(options.rtl ? { rightToLeft: true } : {}),
          }),
        ],
      }),
    ],
  });
}

function figuresTable(report: Report, rtl: boolean): Table {
  const { labels } = report;
  // Twips of an A4 text block (21 cm less two 2.2 cm margins): paragraph, figure, value, sources.
  // In twips; the paragraph column holds its heading in one word in every language ("الفقرة", "Пункт").
  const widths = [1040, 2000, 1300, 2400, 2672];
  const header = [labels.paragraph, labels.figure, labels.value, labels.sources, labels.records].map((text, index) =>
    cell(text, { bold: true, rtl, width: widths[index] ?? 1000 }),
  );
  const rows = reportFigures(report).map(
    ({ paragraph, figure }) =>
      new TableRow({
        cantSplit: true,
        children: [
          String(paragraph),
          figure.label,
          figure.text,
          figureSources(figure, report),
          figureRecords(figure, report),
        ].map((text, index) => cell(text, { rtl, end: index === 0, width: widths[index] ?? 1000 })),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(rtl ? { visuallyRightToLeft: true } : {}),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [new TableRow({ tableHeader: true, children: header }), ...rows],
  });
}

/**
 * Renders a report as a Word document (DOCX, through the `docx` package): masthead, title,
 * summary, chapters as headings, continuously numbered paragraphs with a hanging number,
 * real Word footnotes giving each figure's provenance at the place it is written, and a
 * figures table. Fonts cover Latin, Chinese and Arabic text; an Arabic report is laid out
 * right to left. Returns the file's bytes.
 * @example await writeFile("report.docx", await renderReportDocx(report))
 */
export async function renderReportDocx(given: Report): Promise<Uint8Array> {
  // Word refuses a document whose XML holds a control character: the report's texts without them.
  const report = withWritableText(given);
  const noted = noteReport(report);
  const rtl = report.direction === "rtl";
  const { labels } = report;
  const para = (children: Run[], options: Record<string, unknown> = {}): Paragraph =>
    new Paragraph({ ...(rtl ? { bidirectional: true } : {}), ...options, children });
  const plain = (text: string, options: Record<string, unknown> = {}, run: Record<string, unknown> = {}): Paragraph =>
    para([new TextRun({ text, ...(rtl ? { rightToLeft: true } : {}), ...run })], options);
  const children: (Paragraph | Table)[] = [];
  const symbol = symbolLine(report);
  if (symbol !== undefined) children.push(plain(symbol, { alignment: AlignmentType.END }, { bold: true, size: 20 }));
  children.push(...report.destination.lines.map((line) => plain(line, { spacing: { after: 0 } }, { size: 20 })));
  if (report.destination.agendaSymbol !== undefined)
    children.push(plain(`(${report.destination.agendaSymbol})`, { spacing: { after: 0 } }, { size: 18 }));
  children.push(
    plain(report.title, { heading: HeadingLevel.TITLE }),
    plain(labels.reportBy, {}, { bold: true, size: 26 }),
  );
  children.push(plain(labels.summary, { heading: HeadingLevel.HEADING_2 }));
  report.summary.forEach((passage, index) =>
    children.push(
      para(blockRuns(noted.summary[index], passage.text, rtl), {
        indent: { start: NUMBER_INDENT, end: NUMBER_INDENT },
      }),
    ),
  );
  for (const section of report.sections) {
    const chapter = chapterNumber(report, section);
    children.push(
      plain(`${chapter.numeral}${chapter.separator === "" ? "" : "\u00a0"}${section.heading}`, {
        heading: HeadingLevel.HEADING_1,
      }),
    );
    for (const { paragraph, heading } of sectionBlocks(section)) {
      if (heading !== undefined) children.push(plain(heading, { heading: HeadingLevel.HEADING_2 }));
      const number = new TextRun({
        children: [paragraphNumber(report, paragraph.number), new Tab()],
        size: BODY_SIZE,
        ...(rtl ? { rightToLeft: true } : {}),
      });
      const mark =
        paragraph.writtenIn === undefined
          ? []
          : [new TextRun({ text: `[${paragraph.writtenIn}] `, italics: true, ...(rtl ? { rightToLeft: true } : {}) })];
      children.push(
        para([number, ...mark, ...blockRuns(noted.paragraphs.get(paragraph.number), paragraph.text, rtl)], {
          alignment: AlignmentType.BOTH,
          indent: { start: NUMBER_INDENT, hanging: NUMBER_INDENT },
          tabStops: [{ type: TabStopType.START, position: NUMBER_INDENT }],
        }),
      );
    }
  }
  if (reportFigures(report).length > 0)
    children.push(
      plain(labels.figures, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      figuresTable(report, rtl),
    );
  const footnotes = Object.fromEntries(
    noted.notes.map((note) => [String(note.number), { children: [plain(note.text)] }]),
  );
  const document = new Document({
    creator: "Remit",
    title: report.title,
    description: `${labels.reportBy}: ${report.mandateSymbol ?? report.mandateId}`,
    styles: reportStyles(report.templateLanguage),
    footnotes,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1247, right: 1247 } },
        },
        children,
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  if (!rtl) return packed;
  // An Arabic document is right to left as a whole, its sections included: pack once more with the section marked.
  const xml = rightToLeftSections(packed);
  return xml === undefined
    ? packed
    : new Uint8Array(await Packer.toArrayBuffer(document, false, [{ path: "word/document.xml", data: xml }]));
}
