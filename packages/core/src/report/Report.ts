import * as z from "zod/mini";
import { SessionRef } from "../mandate/SessionRef";
import { RecordId } from "../record/RecordId";
import { Language } from "../text/Language";
import { Period } from "../time/Period";
import type { ReportFigure } from "./ReportFigure";
import { ReportPassage, ReportSection, type ReportParagraph } from "./ReportParagraph";

/**
 * Where the report goes: the session of the receiving body it is due at after every
 * deferral, and the agenda item it is listed under. `lines` is the masthead as the
 * report's language writes it (body, session, place and dates, agenda item and titles).
 */
export const ReportDestination = z.strictObject({
  session: SessionRef,
  sessionId: z.optional(RecordId),
  agendaSymbol: z.optional(z.string().check(z.minLength(1))),
  agendaItem: z.optional(z.string().check(z.minLength(1))),
  lines: z.array(z.string().check(z.minLength(1))),
});
/** The session and agenda item a report goes to. */
export type ReportDestination = z.infer<typeof ReportDestination>;

/**
 * The report's document symbol: `issued` once the records know it (the obligation's
 * `submittedAs`), else only the `series` it is or will be issued in ("E/CN.15/2021/…"):
 * the obligation's partial symbol, or the receiving body's symbol prefix and the session's
 * year, when both are known.
 */
export const ReportSymbol = z.strictObject({
  issued: z.optional(z.string().check(z.minLength(1))),
  series: z.optional(z.string().check(z.minLength(1))),
});
/** The report's document symbol, or the series it will be issued in. */
export type ReportSymbol = z.infer<typeof ReportSymbol>;

/**
 * Something the outline asks for that the records could not provide, and why: the report
 * is written without it. A reader of the draft sees what to add to the records.
 */
export const ReportGap = z.strictObject({
  specId: z.string().check(z.minLength(1)),
  message: z.string().check(z.minLength(1)),
});
/** A part of the outline the records could not fill. */
export type ReportGap = z.infer<typeof ReportGap>;

/** The words renderers print around the report, in the language of its templates. */
export const ReportLabels = z.strictObject({
  reportBy: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(1)),
  figures: z.string().check(z.minLength(1)),
  paragraph: z.string().check(z.minLength(1)),
  figure: z.string().check(z.minLength(1)),
  value: z.string().check(z.minLength(1)),
  sources: z.string().check(z.minLength(1)),
  notes: z.string().check(z.minLength(1)),
  records: z.string().check(z.minLength(1)),
  symbolPending: z.string().check(z.minLength(1)),
  /** How a note cites one paragraph of a document: "para. {n}". */
  paragraphsOf: z.string().check(z.minLength(1)),
  /** How it cites several: "paras. {n}", "пункты {n}", with `{n}` the list joined as the language joins lists. */
  paragraphsOfMany: z.string().check(z.minLength(1)),
  /** How it cites exactly two, in a language with a dual: Arabic "الفقرتان {n}". */
  paragraphsOfTwo: z.optional(z.string().check(z.minLength(1))),
});
/** The words renderers print around the report. */
export type ReportLabels = z.infer<typeof ReportLabels>;

/**
 * The Secretary-General's report on a mandate for a reporting period, as structured data:
 * every paragraph numbered, every figure computed from the records and traceable to them.
 * `language` is the language asked for; `templateLanguage` the one the templates were in
 * (they differ when no templates exist for the language asked, and `isFallback` says so).
 * Build it with `buildReport`; render it with `@remit/export/report`.
 */
export const Report = z.strictObject({
  mandateId: RecordId,
  mandateSymbol: z.optional(z.string().check(z.minLength(1))),
  period: Period,
  language: Language,
  templateLanguage: Language,
  isFallback: z.boolean(),
  direction: z.enum(["ltr", "rtl"]),
  title: z.string().check(z.minLength(1)),
  symbol: ReportSymbol,
  destination: ReportDestination,
  summary: z.array(ReportPassage),
  sections: z.array(ReportSection),
  labels: ReportLabels,
  gaps: z.array(ReportGap),
});
/** The Secretary-General's report as structured data. */
export type Report = z.infer<typeof Report>;

/** Every numbered paragraph of a report, in order. */
export function reportParagraphs(report: Report): ReportParagraph[] {
  return report.sections.flatMap((section) => [
    ...section.paragraphs,
    ...section.subsections.flatMap((subsection) => subsection.paragraphs),
  ]);
}

/** A figure with the number of the paragraph that states it: a row of a figures table. */
export interface NumberedFigure {
  readonly paragraph: number;
  readonly figure: ReportFigure;
}

/**
 * Every figure of a report with its paragraph number, in reading order.
 * @example reportFigures(report).find((row) => row.paragraph === 17)?.figure.text // "2,440"
 */
export function reportFigures(report: Report): NumberedFigure[] {
  return reportParagraphs(report).flatMap((paragraph) =>
    paragraph.figures.map((figure) => ({ paragraph: paragraph.number, figure })),
  );
}
