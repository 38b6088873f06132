import type { Activity } from "../activity/Activity";
import { buildLineageGraph, resolveMandateLink } from "../mandate/LineageGraph";
import type { Mandate } from "../mandate/Mandate";
import { mandateNotFound, obligationNotFound } from "../mandate/MandateErrors";
import type { ReportingObligation } from "../mandate/ReportingObligation";
import { directionOf, type Language } from "../text/Language";
import type { Result } from "../result/Result";
import type { Period } from "../time/Period";
import type { DraftParagraph } from "./ParagraphWriter";
import { writeParagraphs } from "./ParagraphWriter";
import type { Report, ReportGap } from "./Report";
import type { ReportContext, ReportRecords } from "./ReportContext";
import { noReportRequested, type ReportError } from "./ReportErrors";
import { reportDestination, reportSummary } from "./ReportFront";
import type { ParagraphSpec } from "./ReportOutline";
import type { ReportParagraph, ReportSection } from "./ReportParagraph";
import type { ReportContent } from "./ReportContent";
import { reportOutlineKeys } from "./ReportOutlineKeys";
import { templatesFor } from "./ReportTemplateSets";
import { segmentText } from "./TemplateText";
import { textIn } from "./ReportContext";

/** Which mandate a report is for: its record id, or its symbol or citation ("A/RES/74/173"). */
export type ReportMandateChoice =
  { readonly mandateId: string; readonly symbol?: never } | { readonly symbol: string; readonly mandateId?: never };

/**
 * What `buildReport` needs: the mandate, the reporting period, the records, the language and
 * the report's content (its outline, templates and narratives: core ships none, so a report
 * is never silently another mandate's); optionally the obligation when the mandate asks for
 * several reports.
 */
export type BuildReportInput = ReportMandateChoice & {
  readonly period: Period;
  readonly records: ReportRecords;
  readonly language: Language;
  readonly content: ReportContent;
  readonly obligationId?: string;
  /**
   * The language to write in when `language` has no templates; every paragraph is then
   * marked with the language it is written in. Without it, such a language is an error.
   */
  readonly fallback?: Language;
};

/**
 * The report under `value`, or why it cannot be built under `error` (a `ReportError`, told
 * apart by its `_tag`): core's one `Result` shape.
 */
export type BuildReportResult = Result<Report, ReportError>;

function findObligation(mandate: Mandate, obligationId: string | undefined): ReportingObligation | ReportError {
  const known = mandate.reportingObligations.map((obligation) => obligation.id);
  if (obligationId === undefined) return mandate.reportingObligations[0] ?? noReportRequested(mandate.id);
  return (
    mandate.reportingObligations.find((obligation) => obligation.id === obligationId) ??
    obligationNotFound(mandate.id, obligationId, known)
  );
}

function numbered(
  drafts: readonly DraftParagraph[],
  next: { value: number },
  fallback: Language | undefined,
): ReportParagraph[] {
  return drafts.map((draft) => {
    next.value += 1;
    return {
      number: next.value,
      ...(fallback !== undefined ? { writtenIn: fallback } : {}),
      specId: draft.specId,
      origin: draft.origin,
      text: segmentText(draft.segments),
      segments: [...draft.segments],
      figures: [...draft.figures],
      facts: [...draft.facts],
      provenance: draft.provenance,
    };
  });
}

/**
 * Builds the Secretary-General's report on a mandate for a period, purely from the records:
 * the title and symbol slot, the session and agenda item it goes to (after deferrals), the
 * summary, and the outline's chapters with continuously numbered paragraphs. Every figure
 * is computed with core's quantity algebra from the activities and observations the outline
 * selects, and carries its provenance. Paragraphs the records cannot support are left out
 * and listed in `gaps`, so numbering stays continuous.
 * @example
 * const result = buildReport({ symbol: "A/RES/74/173", period: { start: "2020" }, records, language: "zh", content: CYBERCRIME_REPORT_CONTENT });
 * if (result.ok) console.log(result.value.sections[2]?.subsections[0]?.paragraphs.at(-1)?.text);
 */
export function buildReport(input: BuildReportInput): BuildReportResult {
  const { records, period } = input;
  const graph = buildLineageGraph(records.mandates);
  const mandate =
    input.mandateId !== undefined
      ? graph.mandates.get(input.mandateId)
      : resolveMandateLink(graph, { reference: input.symbol ?? "" });
  if (mandate === undefined) return { ok: false, error: mandateNotFound(input.mandateId ?? input.symbol ?? "") };
  const obligation = findObligation(mandate, input.obligationId);
  if ("_tag" in obligation) return { ok: false, error: obligation };
  const found = templatesFor(
    input.language,
    input.content.templates,
    input.fallback,
    reportOutlineKeys(input.content.outline),
  );
  if (!found.ok) return { ok: false, error: found.error };
  const chosen = found.value;
  const templates = chosen.templates;
  const context: ReportContext = {
    records,
    period,
    templates,
    language: templates.language,
    mandate,
    graph,
    indicators: new Map(records.indicators.map((indicator) => [indicator.id, indicator])),
    activities: new Map<string, Activity>(records.activities.map((activity) => [activity.id, activity])),
  };
  const gaps: ReportGap[] = [];
  const narratives = input.content.narratives ?? {};
  const counter = { value: 0 };
  const write = (specs: readonly ParagraphSpec[]): ReportParagraph[] =>
    numbered(
      specs.flatMap((spec) => writeParagraphs(context, spec, narratives, gaps)),
      counter,
      chosen.isFallback ? templates.language : undefined,
    );
  // templatesFor took the set only with every heading of the outline; the key stands in for none.
  const headingOf = (key: string): string => templates.headings[key] ?? key;
  const sections: ReportSection[] = input.content.outline.sections.map((section) => ({
    id: section.id,
    numeral: section.numeral,
    heading: headingOf(section.heading),
    paragraphs: write(section.paragraphs),
    subsections: section.subsections.map((subsection) => ({
      id: subsection.id,
      heading: headingOf(subsection.heading),
      paragraphs: write(subsection.paragraphs),
    })),
  }));
  const { destination, symbol } = reportDestination(context, obligation);
  const title = mandate.title === undefined ? (mandate.symbol ?? mandate.id) : textIn(context, mandate.title);
  const report: Report = {
    mandateId: mandate.id,
    ...(mandate.symbol !== undefined ? { mandateSymbol: mandate.symbol } : {}),
    period,
    language: input.language,
    templateLanguage: templates.language,
    isFallback: chosen.isFallback,
    direction: directionOf(templates.language),
    title,
    symbol,
    destination,
    summary: reportSummary(context, obligation),
    sections,
    labels: templates.labels,
    gaps,
  };
  return { ok: true, value: report };
}
