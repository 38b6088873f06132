import type {
  Language,
  Provenance,
  Report,
  ReportFigure,
  ReportLabels,
  ReportPassage,
  ReportParagraph,
} from "@remit/core";
import { mergeProvenance, reportParagraphs } from "@remit/core";

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
 * Provenance as a reader cites it: "E/CN.15/2021/…, para. 17; records: act-…, obs-…"
 * ("E/CN.15/2021/…，第17段；记录：…" in Chinese).
 * @example describeSources([{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [2] }], [], labels) // "E/CN.15/2011/2, para. 2"
 */
export function describeSources(
  provenance: readonly Provenance[],
  otherRecords: readonly string[],
  labels: ReportLabels,
  language: Language = "en",
): string {
  const marks = punctuationOf(language);
  const parts: string[] = [];
  const records = [...otherRecords];
  for (const item of mergeProvenance(provenance)) {
    if (item.source === "document") {
      const paragraphs = labels.paragraphsOf.replace("{n}", item.paragraphs.join(marks.enumeration));
      parts.push(item.paragraphs.length === 0 ? item.symbol : `${item.symbol}${marks.comma}${paragraphs}`);
    } else {
      records.unshift(...item.activityIds, ...item.observationIds);
    }
  }
  if (records.length > 0) parts.push(`${labels.records}${marks.colon}${[...new Set(records)].join(", ")}`);
  return parts.join(marks.semicolon);
}

/** The punctuation that joins the parts of a note: full-width in Chinese. */
export function punctuationOf(language: Language): {
  readonly comma: string;
  readonly enumeration: string;
  readonly colon: string;
  readonly semicolon: string;
  readonly stop: string;
} {
  return language === "zh"
    ? { comma: "，", enumeration: "、", colon: "：", semicolon: "；", stop: "。" }
    : { comma: ", ", enumeration: ", ", colon: ": ", semicolon: "; ", stop: ". " };
}

/** The sources of a figure, records of every kind included. */
export function figureSources(figure: ReportFigure, report: Pick<Report, "labels" | "templateLanguage">): string {
  return describeSources(
    figure.provenance,
    [...figure.sessionIds, ...figure.mandateIds],
    report.labels,
    report.templateLanguage,
  );
}

/** Lays out the footnotes of a report: figures in reading order, then each paragraph's closing note. */
export function noteReport(report: Report): NotedReport {
  const notes: ReportNote[] = [];
  const add = (text: string): number | undefined => {
    if (text === "") return undefined;
    notes.push({ number: notes.length + 1, text });
    return notes.length;
  };
  const block = (passage: ReportPassage | ReportParagraph, narrative: boolean): NotedBlock => {
    const noted = new Map<string, number | undefined>();
    const runs = passage.segments.map((segment): NotedRun => {
      const figure =
        segment.figureKey === undefined
          ? undefined
          : passage.figures.find((candidate) => candidate.key === segment.figureKey);
      if (figure === undefined) return { text: segment.text };
      if (noted.has(figure.key)) return { text: segment.text, figure };
      const marks = punctuationOf(report.templateLanguage);
      const note = add(`${figure.label}${marks.colon}${figure.text}${marks.stop}${figureSources(figure, report)}`);
      noted.set(figure.key, note);
      return { text: segment.text, figure, ...(note !== undefined ? { note } : {}) };
    });
    const facts = passage.facts;
    const factSources = describeSources(
      narrative ? passage.provenance : facts.flatMap((fact) => fact.provenance),
      facts.flatMap((fact) => [...fact.sessionIds, ...fact.mandateIds]),
      report.labels,
      report.templateLanguage,
    );
    const endNote = add(factSources);
    return { runs, ...(endNote !== undefined ? { endNote } : {}) };
  };
  const summary = report.summary.map((passage) => block(passage, false));
  const paragraphs = new Map(
    reportParagraphs(report).map((paragraph) => [paragraph.number, block(paragraph, paragraph.origin === "narrative")]),
  );
  return { summary, paragraphs, notes };
}
