import type { Language } from "../text/Language";
import type { ReportNarratives } from "./ParagraphWriter";
import type { ReportOutline } from "./ReportOutline";
import type { ReportTemplateSet } from "./ReportTemplates";

/**
 * What one kind of report is written from, apart from the records: the outline of its
 * chapters and paragraphs, its template sets by language, and the texts of the narrative
 * paragraphs no record holds (optional: without them those paragraphs are left out and
 * listed among the gaps). Core holds the engine only; a report's content belongs to the
 * document it reproduces (the 2021 cybercrime report's is `@remit/dataset`'s
 * `CYBERCRIME_REPORT_CONTENT`).
 * @example buildReport({ symbol: "A/RES/74/173", period: { start: "2020" }, records, language: "en", content })
 */
export interface ReportContent {
  readonly outline: ReportOutline;
  /** A language without a set has no report unless `buildReport` is given a fallback. */
  readonly templates: Readonly<Partial<Record<Language, ReportTemplateSet>>>;
  /** Texts for the outline's narrative slots, by paragraph id. */
  readonly narratives?: ReportNarratives;
}

/**
 * Chooses the content of a mandate's report by the mandate's record id (`a-res-74-173`):
 * undefined when no report outline is known for it, so that a mandate is never written up
 * with another mandate's report.
 * @example const contentFor: ReportContentFor = (mandateId) => (mandateId === "a-res-74-173" ? content : undefined);
 */
export type ReportContentFor = (mandateId: string) => ReportContent | undefined;

/** No report content (outline and templates) is known for the mandate asked for. */
export interface NoReportContent {
  readonly _tag: "NoReportContent";
  readonly mandateId: string;
  readonly message: string;
}

/** Builds a {@link NoReportContent} for a mandate, named by its symbol when it has one. */
export function noReportContent(mandateId: string, symbol?: string): NoReportContent {
  return {
    _tag: "NoReportContent",
    mandateId,
    message: `no report outline is known for ${symbol ?? mandateId}: a report is written from an outline and templates chosen for its mandate (e.g. @remit/dataset's reportContentFor), and none was given for this one`,
  };
}

/** The languages a report content has template sets in (complete or not: `reportContentProblems` says). */
export function reportContentLanguages(content: ReportContent): Language[] {
  return (Object.keys(content.templates) as Language[]).filter((language) => content.templates[language] !== undefined);
}
