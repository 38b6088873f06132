import { isCountryInRegion } from "../geo";
import type { Observation } from "../metric/Observation";
import { isShare } from "../metric/Share";
import { mergeProvenance } from "../provenance/Provenance";
import { earliestDay } from "../time/PartialDate";
import { inObservationPeriod, namedRecords } from "./FigureResolver";
import { countryNameIn } from "./PlaceNames";
import type { ReportContext } from "./ReportContext";
import { joinList, pluralOf, textIn } from "./ReportContext";
import type { ReportFigure } from "./ReportFigure";
import type { ObservationSeries } from "./ReportOutline";
import type { SentenceResult, WrittenSentence } from "./SentenceFill";
import { sentenceVariants, writeFromGroups } from "./SentenceFill";
import type { SlotGroup } from "./SlotGroup";
import { unfilledPart, type UnfilledPart } from "./UnfilledPart";
import { shareParts, valueText } from "./ValueText";

function inRegion(observation: Observation, region: string | undefined): boolean {
  if (region === undefined) return true;
  const { countries, regions } = observation.scope;
  return regions.m49.includes(region) || countries.named.some((country) => isCountryInRegion(country, region));
}

function sortKey(observation: Observation): string {
  const country = observation.scope.countries.named.map((code) => countryNameIn(code, "en")).join(",");
  return `${country}|${earliestDay(observation.scope.period.start)}|${observation.id}`;
}

function groupOf(context: ReportContext, observation: Observation): SlotGroup {
  const key = "value";
  const { value, scope } = observation;
  const indicator = context.indicators.get(observation.indicatorId);
  const label = indicator === undefined ? observation.indicatorId : textIn(context, indicator.name);
  const text = valueText(context, value);
  const base = {
    key,
    measure: "observation" as const,
    label,
    indicatorId: observation.indicatorId,
    value,
    text,
    provenance: mergeProvenance([
      ...observation.provenance,
      { source: "computed", activityIds: observation.activityIds, observationIds: [observation.id] },
    ]),
    sessionIds: [],
    mandateIds: [],
  };
  const figure: ReportFigure = { ...base, records: namedRecords(context, base.provenance) };
  const share = isShare(value) ? shareParts(context, value) : undefined;
  const countries = scope.countries.named.map((code) => countryNameIn(code, context.language));
  const slots: [string, { text: string; figureKey?: string; plural?: Intl.LDMLPluralRule }][] = [
    [key, { text, figureKey: key, ...(isShare(value) ? {} : { plural: pluralOf(context, value) }) }],
    ["share", { text, figureKey: key }],
    ["indicator", { text: label }],
    ["period", { text: context.templates.format.span(scope.period.start, scope.period.end) }],
  ];
  if (share?.whole !== undefined) slots.push(["share.whole", { text: share.whole, figureKey: key }]);
  if (scope.periodReading !== undefined) slots.push(["period.kind", { text: scope.periodReading }]);
  for (const item of scope.disaggregation) {
    const words = context.templates.words.breakdowns[item.value];
    slots.push([`breakdown.${item.dimension}`, { text: words ?? item.value }]);
    slots.push([`breakdown.${item.dimension}.value`, { text: item.value }]);
  }
  if (share?.part !== undefined) slots.push(["share.part", { text: share.part, figureKey: key }]);
  if (countries.length > 0) slots.push(["country", { text: joinList(context, countries) }]);
  return { slots, figure, observations: [observation] };
}

/**
 * One sentence per observation of the series' indicators (in its region and period), each
 * with the template written for its indicator or the generic one: the case statistics of
 * ¶21 ("In El Salvador, 40% of the 263 cases…"). Ordered by country, then period.
 */
export function writeObservationSeries(
  context: ReportContext,
  template: string,
  series: ObservationSeries,
): SentenceResult {
  const observations = context.records.observations
    .filter((observation) => series.indicatorIds.includes(observation.indicatorId))
    .filter(
      (observation) => inRegion(observation, series.region) && inObservationPeriod(context, observation, series.period),
    )
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  if (observations.length === 0) {
    return {
      ok: false,
      error: unfilledPart(
        template,
        `no observation of ${series.indicatorIds.join(", ")}${series.region === undefined ? "" : ` in region ${series.region}`}`,
      ),
    };
  }
  const sentences: WrittenSentence[] = [];
  const problems: UnfilledPart[] = [];
  for (const observation of observations) {
    const variants = context.templates.statistics[observation.indicatorId] ?? sentenceVariants(context, template);
    const written = writeFromGroups(
      context,
      variants,
      [groupOf(context, observation)],
      `${template} (${observation.id})`,
    );
    if (written.ok) sentences.push(...written.value);
    else problems.push(written.error);
  }
  if (sentences.length > 0) return { ok: true, value: sentences };
  // Every observation failed: one part for the template, its message listing each observation's.
  return {
    ok: false,
    error: { _tag: "UnfilledPart", location: template, message: problems.map((problem) => problem.message).join("; ") },
  };
}
