import type { Activity } from "../activity/Activity";
import { describeSelection, selectActivities } from "./ActivitySelection";
import { resolveActivityFact, resolveObservationFact } from "./ActivityFacts";
import { resolveFigure } from "./FigureResolver";
import { resolveMandateFact } from "./MandateFacts";
import { writeObservationSeries } from "./ObservationSeries";
import type { ReportContext } from "./ReportContext";
import type { FactSpec, SentenceSpec } from "./ReportOutline";
import { resolveSessionFact } from "./SessionFacts";
import type { Resolved, SlotGroup } from "./SlotGroup";
import { sentenceVariants, writeFromGroups, type SentenceResult } from "./SentenceFill";
import { unfilledPart, type UnfilledPart } from "./UnfilledPart";

function resolveFact(
  context: ReportContext,
  spec: FactSpec,
  activities: readonly Activity[],
  sentence: SentenceSpec,
  figures: ReadonlyMap<string, SlotGroup>,
): Resolved {
  switch (spec.fact) {
    case "as-of":
    case "breakdown":
      return resolveObservationFact(context, spec, figures);
    case "mandate":
    case "provision":
    case "lineage":
    case "declarations":
      return resolveMandateFact(context, spec);
    case "body":
    case "meeting-years":
    case "next-meeting":
    case "postponed-meeting":
    case "schedule-change":
      return resolveSessionFact(context, spec);
    default:
      return resolveActivityFact(
        context,
        spec,
        { activities, ...(sentence.activities !== undefined ? { selection: sentence.activities } : {}) },
        figures,
      );
  }
}

/**
 * Writes one sentence of the outline from the records: selects its activities, computes its
 * figures, resolves its facts, and fills the fullest template variant the data allows. A
 * sentence whose selection matches no activity, or whose every variant lacks a slot, is not
 * written; the message says what the records were missing.
 */
export function writeSentence(context: ReportContext, spec: SentenceSpec): SentenceResult {
  if (spec.observations !== undefined) return writeObservationSeries(context, spec.template, spec.observations);
  const activities = spec.activities === undefined ? [] : selectActivities(context, spec.activities);
  if (spec.activities !== undefined && activities.length === 0) {
    return {
      ok: false,
      error: unfilledPart(spec.template, `no activity matches ${describeSelection(spec.activities)}`),
    };
  }
  const problems: UnfilledPart[] = [];
  const figures = new Map<string, SlotGroup>();
  for (const figureSpec of spec.figures ?? []) {
    const resolved = resolveFigure(context, figureSpec, activities);
    if (resolved.ok) figures.set(figureSpec.slot, resolved.value);
    else problems.push(resolved.error);
  }
  const facts: SlotGroup[] = [];
  for (const factSpec of spec.facts ?? []) {
    const resolved = resolveFact(context, factSpec, activities, spec, figures);
    if (resolved.ok) facts.push(resolved.value);
    else problems.push(resolved.error);
  }
  const period = context.templates.format.span(context.period.start, context.period.end);
  const periodGroup: SlotGroup = { slots: [["period", { text: period }]] };
  const written = writeFromGroups(
    context,
    sentenceVariants(context, spec.template),
    [periodGroup, ...figures.values(), ...facts],
    spec.template,
  );
  if (written.ok || problems.length === 0) return written;
  const missing = problems.map((problem) => problem.message).join("; ");
  return { ok: false, error: { ...written.error, message: `${written.error.message} (${missing})` } };
}
