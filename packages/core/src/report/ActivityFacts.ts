import type { Activity } from "../activity/Activity";
import { countriesInRole } from "../activity/ActivityPlace";
import { ACTIVITY_TOPIC_LABELS } from "../activity/ActivityTopic";
import { AUDIENCE_LABELS } from "../activity/Audience";
import type { Observation } from "../metric/Observation";
import { earliestDay } from "../time/PartialDate";
import { periodEnd } from "../time/Period";
import { describeSelection, selectActivities } from "./ActivitySelection";
import { inObservationPeriod } from "./FigureResolver";
import { countryNameIn, languageNameIn, regionNameIn } from "./PlaceNames";
import type { ReportContext } from "./ReportContext";
import { joinList, textIn } from "./ReportContext";
import type { ActivityFactSpec, ActivitySelection, ObservationFactSpec } from "./ReportOutline";
import {
  activitiesProvenance,
  distinct,
  factGroup,
  trimSentence,
  unresolved,
  type Resolved,
  type SlotGroup,
} from "./SlotGroup";

/** A list fact: its items in the report's language and the machine-readable values. */
function listFact(
  context: ReportContext,
  spec: { readonly slot: string },
  items: readonly string[],
  values: readonly string[],
  activities: readonly Activity[],
  observations: readonly Observation[] = [],
): Resolved {
  if (items.length === 0) return unresolved(`fact {${spec.slot}}`, `the records state none`);
  const text = joinList(context, items);
  const provenance = activitiesProvenance(activities, observations);
  return {
    ok: true,
    value: factGroup(spec.slot, { text, values: [...values], provenance, sessionIds: [], mandateIds: [] }, items),
  };
}

function regionsOf(context: ReportContext, spec: ActivityFactSpec, activities: readonly Activity[]): Resolved {
  const ids = new Set(activities.map((activity) => activity.id));
  const observations =
    spec.indicatorId === undefined
      ? []
      : context.records.observations.filter(
          (observation) =>
            observation.indicatorId === spec.indicatorId &&
            observation.activityIds.some((id) => ids.has(id)) &&
            inObservationPeriod(context, observation, "report"),
        );
  const coverages =
    spec.indicatorId === undefined
      ? activities.map((activity) => activity.regions)
      : observations.map((observation) => observation.scope.regions);
  const codes = distinct(coverages.flatMap((coverage) => coverage.m49));
  const named = coverages.flatMap((coverage) => coverage.named.map((region) => textIn(context, region.name)));
  const items = distinct([...codes.map((code) => regionNameIn(code, context.language)), ...named]);
  return listFact(context, spec, items, [...codes, ...distinct(named)], activities, observations);
}

/**
 * Resolves a fact about activities: the countries, regions, partners, languages, audiences
 * or topics they name (in the report's language, first-named first), their titles or
 * summaries, when the earliest of them started, or the region a selection filtered on.
 */
export function resolveActivityFact(
  context: ReportContext,
  spec: ActivityFactSpec,
  sentence: { readonly activities: readonly Activity[]; readonly selection?: ActivitySelection },
  figures: ReadonlyMap<string, SlotGroup>,
): Resolved {
  let activities = sentence.activities;
  if (spec.ofFigure !== undefined) activities = figures.get(spec.ofFigure)?.activities ?? [];
  else if (spec.activities !== undefined) activities = selectActivities(context, spec.activities);
  if (activities.length === 0) {
    const what =
      spec.ofFigure !== undefined
        ? `figure {${spec.ofFigure}}`
        : describeSelection(spec.activities ?? sentence.selection ?? {});
    return unresolved(`fact {${spec.slot}}`, `no activity for ${what}`);
  }
  const language = context.language;
  switch (spec.fact) {
    case "countries": {
      const codes = distinct(activities.flatMap((activity) => countriesInRole(activity, spec.role ?? "assisted")));
      return listFact(
        context,
        spec,
        codes.map((code) => countryNameIn(code, language)),
        codes,
        activities,
      );
    }
    case "regions":
      return regionsOf(context, spec, activities);
    case "partners": {
      const partners = activities
        .flatMap((activity) => activity.partners)
        .filter(
          (partner) => spec.named !== true || partner.acronym !== undefined || /^\p{Lu}/u.test(partner.name.en ?? ""),
        );
      const keys = distinct(partners.map((partner) => partner.acronym ?? textIn(context, partner.name)));
      const items = keys.map((key) => {
        const partner = partners.find((candidate) => (candidate.acronym ?? textIn(context, candidate.name)) === key);
        return partner === undefined
          ? key
          : context.templates.format.partner(textIn(context, partner.name), partner.acronym);
      });
      return listFact(context, spec, items, keys, activities);
    }
    case "languages": {
      const codes = distinct(activities.flatMap((activity) => activity.languages));
      return listFact(
        context,
        spec,
        codes.map((code) => languageNameIn(code, language)),
        codes,
        activities,
      );
    }
    case "audiences": {
      const audiences = distinct(activities.flatMap((activity) => activity.audiences));
      return listFact(
        context,
        spec,
        audiences.map((audience) => textIn(context, AUDIENCE_LABELS[audience])),
        audiences,
        activities,
      );
    }
    case "topics": {
      const topics = distinct(activities.flatMap((activity) => activity.topics));
      return listFact(
        context,
        spec,
        topics.map((topic) => textIn(context, ACTIVITY_TOPIC_LABELS[topic])),
        topics,
        activities,
      );
    }
    case "titles":
      return listFact(
        context,
        spec,
        activities.map((activity) => trimSentence(textIn(context, activity.title))),
        activities.map((activity) => activity.id),
        activities,
      );
    case "summary": {
      const summaries = activities.flatMap((activity) =>
        activity.summary === undefined ? [] : [trimSentence(textIn(context, activity.summary))],
      );
      return listFact(
        context,
        spec,
        summaries,
        activities.map((activity) => activity.id),
        activities,
      );
    }
    case "start": {
      const start = [...activities].sort((a, b) =>
        earliestDay(a.period.start).localeCompare(earliestDay(b.period.start)),
      )[0]?.period.start;
      if (start === undefined) return unresolved(`fact {${spec.slot}}`, `no start date`);
      return listFact(context, spec, [context.templates.format.date(start)], [start], activities);
    }
    case "filter-region": {
      const region = spec.activities?.region ?? sentence.selection?.region;
      if (region === undefined) return unresolved(`fact {${spec.slot}}`, `the selection names no region`);
      return listFact(context, spec, [regionNameIn(region, language)], [region], activities);
    }
  }
}

/**
 * Resolves a fact about a figure's observations: the date a "latest" figure holds at
 * ("December 2020"), or the value of one breakdown they all share ("female", "9–12").
 */
export function resolveObservationFact(
  context: ReportContext,
  spec: ObservationFactSpec,
  figures: ReadonlyMap<string, SlotGroup>,
): Resolved {
  const observations = figures.get(spec.ofFigure)?.observations ?? [];
  if (observations.length === 0)
    return unresolved(`fact {${spec.slot}}`, `figure {${spec.ofFigure}} has no observation`);
  const activities = figures.get(spec.ofFigure)?.activities ?? [];
  const format = context.templates.format;
  if (spec.fact === "as-of") {
    const latest = [...observations]
      .sort((a, b) => periodEnd(a.scope.period).localeCompare(periodEnd(b.scope.period)))
      .at(-1);
    const date = latest === undefined ? undefined : (latest.scope.period.end ?? latest.scope.period.start);
    if (date === undefined) return unresolved(`fact {${spec.slot}}`, `no date`);
    return listFact(context, spec, [format.date(date)], [date], activities, observations);
  }
  const values = distinct(
    observations.map(
      (observation) => observation.scope.disaggregation.find((item) => item.dimension === spec.dimension)?.value,
    ),
  );
  const [value] = values;
  if (value === undefined || values.length > 1)
    return unresolved(
      `fact {${spec.slot}}`,
      `the observations of {${spec.ofFigure}} do not share one "${spec.dimension}"`,
    );
  const text =
    spec.dimension === "sex"
      ? (context.templates.words.sexes[value] ?? value)
      : spec.dimension === "age-band"
        ? format.ageBand(value)
        : value;
  return listFact(context, spec, [text], [value], activities, observations);
}
