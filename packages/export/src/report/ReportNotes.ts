import type {
  Language,
  Provenance,
  Report,
  ReportFigure,
  ReportLabels,
  ReportPassage,
  ReportParagraph,
} from "@remit/core";
import { joinItems, mergeProvenance, reportParagraphs } from "@remit/core";

/** A run of text to print, with the figure it shows and the number of the note that sources it. */
export interface NotedRun {
  readonly text: string;
  readonly figure?: ReportFigure;
  readonly note?: number;
}

/** A paragraph or summary passage cut into runs, and the note that sources its other facts. */
export interface NotedBlock {
  readonly runs: readonly NotedRun[];
  readonly endNote?: number;
}

/** A footnote: its number and text. */
export interface ReportNote {
  readonly number: number;
  readonly text: string;
}

/**
 * The report with its footnotes laid out once for every format: each figure gets a note at
 * the place it is written, naming the document paragraphs and records it was computed
 * from; each paragraph gets a closing note for the sources of its other facts.
 */
export interface NotedReport {
  readonly summary: readonly NotedBlock[];
  readonly paragraphs: ReadonlyMap<number, NotedBlock>;
  readonly notes: readonly ReportNote[];
}

/**
 * Provenance as a reader cites it: the documents and paragraphs a reader can open,
 * "E/CN.15/2021/…, para. 17" ("E/CN.15/2021/…，第17段" in Chinese). The records a figure was
 * computed from are not cited here but listed by title in the figures table (`figureRecords`).
 * @example describeSources([{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [2] }], [], labels) // "E/CN.15/2011/2, para. 2"
 */
export function describeSources(
  provenance: readonly Provenance[],
  labels: ReportLabels,
  language: Language = "en",
): string {
  const marks = punctuationOf(language);
  const parts: string[] = [];
  for (const item of mergeProvenance(provenance)) {
    if (item.source !== "document") continue;
    const count = new Set(item.paragraphs).size;
    const label =
      count === 2
        ? (labels.paragraphsOfTwo ?? labels.paragraphsOfMany)
        : count > 1
          ? labels.paragraphsOfMany
          : labels.paragraphsOf;
    const paragraphs = label.replace("{n}", paragraphList(item.paragraphs, language));
    parts.push(item.paragraphs.length === 0 ? item.symbol : `${item.symbol}${marks.comma}${paragraphs}`);
  }
  return parts.join(marks.semicolon);
}

/**
 * Paragraph numbers as a citation lists them: runs of three or more as a range ("17–19"), the
 * rest joined as the language joins a list ("5 and 6", "5 и 6", "5 و6", "5和6").
 */
function paragraphList(paragraphs: readonly number[], language: Language): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    if (end - start >= 2) parts.push(`${sorted[start]}–${sorted[end]}`);
    else for (let index = start; index <= end; index += 1) parts.push(String(sorted[index]));
    start = end + 1;
  }
  const locale = language === "en" ? "en-GB" : language;
  return new Intl.ListFormat(locale, { type: "conjunction", style: "long" }).format(parts);
}

/** The punctuation that joins the parts of a note: full-width in Chinese, Arabic comma and semicolon in Arabic. */
export function punctuationOf(language: Language): {
  readonly comma: string;
  readonly enumeration: string;
  readonly colon: string;
  readonly semicolon: string;
  readonly stop: string;
} {
  if (language === "zh") return { comma: "，", enumeration: "、", colon: "：", semicolon: "；", stop: "。" };
  if (language === "ar") return { comma: "، ", enumeration: "، ", colon: ": ", semicolon: "؛ ", stop: ". " };
  return { comma: ", ", enumeration: ", ", colon: ": ", semicolon: "; ", stop: ". " };
}

/** The document paragraphs that state a figure. */
export function figureSources(figure: ReportFigure, report: Pick<Report, "labels" | "templateLanguage">): string {
  return describeSources(figure.provenance, report.labels, report.templateLanguage);
}

/** The records a figure was computed from, by title, joined as the report's language lists them. */
export function figureRecords(figure: ReportFigure, report: Pick<Report, "templateLanguage">): string {
  const titles = [...new Set(figure.records.map((record) => record.title))];
  return titles.length === 0 ? "" : joinItems(titles, report.templateLanguage);
}

/**
 * Lays out the footnotes of a report: one note closing each paragraph (after the last phrase
 * it supports, never inside a number), citing the document paragraphs that state its figures
 * and facts. Figures keep their run so a renderer can show their sources on hover.
 */
export function noteReport(report: Report): NotedReport {
  const notes: ReportNote[] = [];
  const add = (text: string): number | undefined => {
    if (text === "") return undefined;
    notes.push({ number: notes.length + 1, text });
    return notes.length;
  };
  const block = (passage: ReportPassage | ReportParagraph, narrative: boolean): NotedBlock => {
    const runs = passage.segments.map((segment): NotedRun => {
      const figure =
        segment.figureKey === undefined
          ? undefined
          : passage.figures.find((candidate) => candidate.key === segment.figureKey);
      return figure === undefined ? { text: segment.text } : { text: segment.text, figure };
    });
    const cited = narrative
      ? passage.provenance
      : [
          ...passage.figures.flatMap((figure) => figure.provenance),
          ...passage.facts.flatMap((fact) => fact.provenance),
        ];
    const endNote = add(describeSources(cited, report.labels, report.templateLanguage));
    return { runs, ...(endNote !== undefined ? { endNote } : {}) };
  };
  const summary = report.summary.map((passage) => block(passage, false));
  const paragraphs = new Map(
    reportParagraphs(report).map((paragraph) => [paragraph.number, block(paragraph, paragraph.origin === "narrative")]),
  );
  return { summary, paragraphs, notes };
}
