import type { Activity } from "../activity/Activity";
import { aggregate } from "../metric/Aggregate";
import { combineCells, type SourcedCell } from "../metric/AggregateCell";
import { distinctCount } from "../metric/DistinctCount";
import type { MetricValue, Observation } from "../metric/Observation";
import { exact } from "../metric/Quantity";
import { isShare } from "../metric/Share";
import { mergeProvenance, type Provenance } from "../provenance/Provenance";
import { openingWindow } from "../session/SessionDates";
import { overlaps, periodEnd, periodStart } from "../time/Period";
import { selectActivities, describeSelection } from "./ActivitySelection";
import type { ReportContext } from "./ReportContext";
import { bodyName, pluralOf, textIn } from "./ReportContext";
import type { FigureMeasure, ReportFigure } from "./ReportFigure";
import type { FigureSpec, ObservationPeriod } from "./ReportOutline";
import { activitiesProvenance, unresolved, type Resolved } from "./SlotGroup";
import { valueText } from "./ValueText";

/**
 * The records behind a figure, each named as a reader knows it: an activity by its title, a
 * meeting by its body and number; observations are named through their activities.
 */
export function namedRecords(
  context: ReportContext,
  provenance: readonly Provenance[],
  sessionIds: readonly string[] = [],
): { readonly id: string; readonly title: string }[] {
  const activityIds = provenance.flatMap((item) => (item.source === "computed" ? item.activityIds : []));
  const activities = [...new Set(activityIds)].flatMap((id) => {
    const activity = context.activities.get(id);
    return activity === undefined ? [] : [{ id, title: textIn(context, activity.title) }];
  });
  const sessions = sessionIds.flatMap((id) => {
    const session = context.records.sessions.find((candidate) => candidate.id === id);
    if (session === undefined) return [];
    const body = bodyName(context, session.bodyId);
    const number = session.number === undefined ? "" : ` (${context.templates.format.meeting(session.number)})`;
    return [{ id, title: `${body}${number}` }];
  });
  return [...activities, ...sessions];
}

/** Whether an observation falls in the report period, or (`to-date`) at or before its end. */
export function inObservationPeriod(
  context: ReportContext,
  observation: Observation,
  period: ObservationPeriod,
): boolean {
  if (period === "report") return overlaps(observation.scope.period, context.period);
  return periodStart(observation.scope.period) <= periodEnd(context.period);
}

function figureGroup(
  context: ReportContext,
  key: string,
  measure: FigureMeasure,
  label: string,
  value: MetricValue,
  rest: Pick<ReportFigure, "provenance" | "sessionIds" | "mandateIds"> & { readonly indicatorId?: string },
  records: { readonly activities?: readonly Activity[]; readonly observations?: readonly Observation[] } = {},
): Resolved {
  const text =
    measure === "meetings" && !isShare(value) && value.qualifier === "exact"
      ? context.templates.format.cardinal(value.value)
      : valueText(context, value);
  const figure: ReportFigure = {
    key,
    measure,
    label,
    value,
    text,
    ...rest,
    records: namedRecords(context, rest.provenance, rest.sessionIds),
  };
  const plural = isShare(value) ? undefined : pluralOf(context, value);
  return {
    ok: true,
    value: {
      slots: [[key, { text, figureKey: key, ...(plural !== undefined ? { plural } : {}) }]],
      figure,
      ...records,
    },
  };
}

/** The indicator's observations of some activities, combined into one cell by `aggregate`. */
function indicatorCell(
  context: ReportContext,
  indicatorId: string,
  activities: readonly Activity[],
  period: ObservationPeriod,
): { readonly cell: SourcedCell; readonly observations: Observation[] } | string {
  const indicator = context.indicators.get(indicatorId);
  if (indicator === undefined) return `no indicator "${indicatorId}" among the records`;
  const ids = new Set(activities.map((activity) => activity.id));
  const observations = context.records.observations.filter(
    (observation) =>
      observation.indicatorId === indicatorId &&
      observation.activityIds.some((id) => ids.has(id)) &&
      inObservationPeriod(context, observation, period),
  );
  const cells = aggregate(observations, { indicators: [indicator], bucket: "year", sources: true }).cells;
  const [first, ...others] = cells;
  if (first === undefined) {
    return `no observation of "${indicatorId}" for ${activities.map((activity) => activity.id).join(", ")}`;
  }
  return { cell: others.reduce((combined, next) => combineCells(indicator, combined, next), first), observations };
}

/**
 * Computes a figure of a sentence from the records with core's algebra: sums and latest
 * values through `aggregate`, countries through `distinctCount`, counts of activities and
 * meetings as exact counts. Fails with a message when the records hold nothing to compute.
 */
export function resolveFigure(
  context: ReportContext,
  spec: FigureSpec,
  sentenceActivities: readonly Activity[],
): Resolved {
  const activities =
    spec.measure !== "meetings" && spec.activities !== undefined
      ? selectActivities(context, spec.activities)
      : sentenceActivities;
  if (spec.measure !== "meetings" && spec.activities !== undefined && activities.length === 0) {
    return unresolved(`figure {${spec.slot}}`, `no activity matches ${describeSelection(spec.activities)}`);
  }
  const none = { sessionIds: [], mandateIds: [] };
  switch (spec.measure) {
    case "sum": {
      const found = indicatorCell(context, spec.indicatorId, activities, spec.period ?? "report");
      if (typeof found === "string") return unresolved(`figure {${spec.slot}}`, `${found}`);
      const indicator = context.indicators.get(spec.indicatorId);
      const label = indicator === undefined ? spec.indicatorId : textIn(context, indicator.name);
      const provenance = [...found.cell.sources.provenance];
      return figureGroup(
        context,
        spec.slot,
        "sum",
        label,
        found.cell.value,
        { ...none, provenance, indicatorId: spec.indicatorId },
        {
          activities: activities.filter((activity) => found.cell.sources.activityIds.includes(activity.id)),
          observations: found.observations,
        },
      );
    }
    case "countries": {
      const label = context.templates.words.countries;
      if (spec.indicatorId !== undefined) {
        const found = indicatorCell(context, spec.indicatorId, activities, "report");
        if (typeof found === "string") return unresolved(`figure {${spec.slot}}`, `${found}`);
        const count = distinctCount([found.cell.countries]);
        if (count.value === 0)
          return unresolved(`figure {${spec.slot}}`, `the observations of "${spec.indicatorId}" state no country`);
        return figureGroup(context, spec.slot, "countries", label, count, {
          ...none,
          provenance: [...found.cell.sources.provenance],
          indicatorId: spec.indicatorId,
        });
      }
      const count = distinctCount(activities.map((activity) => activity.countries));
      if (count.value === 0) return unresolved(`figure {${spec.slot}}`, `the activities state no country`);
      return figureGroup(context, spec.slot, "countries", label, count, {
        ...none,
        provenance: activitiesProvenance(activities),
      });
    }
    case "activities": {
      if (activities.length === 0) return unresolved(`figure {${spec.slot}}`, `no activity selected`);
      const count = exact(activities.length, { unit: "activity" });
      return figureGroup(context, spec.slot, "activities", context.templates.words.activities, count, {
        ...none,
        provenance: activitiesProvenance(activities),
      });
    }
    case "meetings": {
      const end = periodEnd(context.period);
      const held = context.records.sessions.filter((session) => {
        const opens = openingWindow(session.schedule.dates).earliest;
        return (
          session.bodyId === spec.bodyId && session.schedule.status === "held" && opens !== undefined && opens <= end
        );
      });
      if (held.length === 0)
        return unresolved(`figure {${spec.slot}}`, `no meeting of "${spec.bodyId}" held by ${end}`);
      const count = exact(held.length, { unit: "meeting" });
      return figureGroup(context, spec.slot, "meetings", context.templates.words.meetings, count, {
        sessionIds: held.map((session) => session.id),
        mandateIds: [],
        provenance: mergeProvenance(held.flatMap((session) => session.provenance ?? [])),
      });
    }
  }
}
