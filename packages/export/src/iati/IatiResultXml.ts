import {
  formatQuantity,
  isShare,
  periodEnd,
  periodStart,
  sharePercent,
  type Indicator,
  type Language,
  type LocalizedText,
  type Observation,
  type Provenance,
} from "@remit/core";
import { INDICATOR_MEASURE, RESULT_TYPE_OUTPUT } from "./IatiCodes";
import { emptyElement, narrativeElement, parentElement, textElement } from "./IatiElements";
import type { IatiContext } from "./IatiOptions";

const IN = "    ";

function indent(depth: number): string {
  return `${IN}${"  ".repeat(depth)}`;
}

/** Where a figure was stated: "E/CN.15/2021/… ¶18", or the records it was computed from. */
function sourceOf(provenance: readonly Provenance[]): string {
  return provenance
    .map((item) =>
      item.source === "document"
        ? `${item.symbol}${item.paragraphs.length > 0 ? ` ¶${item.paragraphs.join(", ")}` : ""}`
        : `computed from ${item.activityIds.length} activities and ${item.observationIds.length} observations`,
    )
    .join("; ");
}

/** The figure in words, qualifier included ("more than 130"), then its source. */
function figureInWords(observation: Observation, language: Language): string {
  const value = observation.value;
  const figure = isShare(value)
    ? `${formatQuantity(sharePercent(value), language)}%${value.denominator === undefined ? "" : ` / ${formatQuantity(value.denominator, language)}`}`
    : `${formatQuantity(value, language)}${value.unit === undefined ? "" : ` (${value.unit})`}`;
  return `${figure} — ${sourceOf(observation.provenance)}`;
}

/** The number IATI's `value` holds: the quantity, or a share's percentage (two decimals). */
function actualValue(observation: Observation): string {
  const value = observation.value;
  return isShare(value) ? String(Math.round(sharePercent(value).value * 100) / 100) : String(value.value);
}

function languagesOf(name: LocalizedText): Language[] {
  return (Object.keys(name) as Language[]).filter((language) => name[language] !== undefined);
}

function period(observation: Observation, languages: readonly Language[]): string {
  const comment = languages
    .map((language) =>
      textElement(indent(5), "narrative", figureInWords(observation, language), { "xml:lang": language }),
    )
    .join("");
  const dimensions = observation.scope.disaggregation
    .map((item) => emptyElement(indent(4), "dimension", { name: item.dimension, value: item.value }))
    .join("");
  return parentElement(
    indent(2),
    "period",
    {},
    emptyElement(indent(3), "period-start", { "iso-date": periodStart(observation.scope.period) }) +
      emptyElement(indent(3), "period-end", { "iso-date": periodEnd(observation.scope.period) }) +
      parentElement(
        indent(3),
        "actual",
        { value: actualValue(observation) },
        dimensions + parentElement(indent(4), "comment", {}, comment),
      ),
  );
}

/** Figures that can be added across activities: exact quantities each about one activity. */
function aggregatable(observations: readonly Observation[]): boolean {
  return observations.every(
    (item) => !isShare(item.value) && item.value.qualifier === "exact" && item.activityIds.length <= 1,
  );
}

function result(indicatorId: string, indicator: Indicator | undefined, observations: readonly Observation[]): string {
  const name: LocalizedText = indicator?.name ?? { en: indicatorId };
  const languages = languagesOf(name);
  const isPercentage =
    indicator === undefined ? observations.every((item) => isShare(item.value)) : indicator.aggregation === "share";
  const indicatorXml = parentElement(
    indent(1),
    "indicator",
    { measure: isPercentage ? INDICATOR_MEASURE.percentage : INDICATOR_MEASURE.unit },
    narrativeElement(indent(2), "title", name) +
      (indicator?.description === undefined ? "" : narrativeElement(indent(2), "description", indicator.description)) +
      observations.map((observation) => period(observation, languages)).join(""),
  );
  return parentElement(
    IN,
    "result",
    { type: RESULT_TYPE_OUTPUT, "aggregation-status": aggregatable(observations) ? "1" : "0" },
    narrativeElement(indent(1), "title", name) + indicatorXml,
  );
}

/**
 * The `<result>` elements of an activity: one output result per indicator, whose single
 * `<indicator>` (measure 1 unit, or 2 percentage for shares) holds one `<period>` per
 * observation: its period, the `<actual>` value, a `<dimension>` per breakdown
 * ("age-band" = "9-12") and a comment giving the figure as stated — qualifier included
 * ("more than 130") — and its source paragraph. `aggregation-status` is true only when every
 * figure is an exact quantity about this activity alone, so that consumers do not add
 * bounds or figures shared between activities.
 */
export function resultElements(observations: readonly Observation[], context: IatiContext): string {
  const groups = new Map<string, Observation[]>();
  for (const observation of observations) {
    const group = groups.get(observation.indicatorId);
    if (group === undefined) groups.set(observation.indicatorId, [observation]);
    else group.push(observation);
  }
  let xml = "";
  for (const [indicatorId, group] of groups) xml += result(indicatorId, context.indicators.get(indicatorId), group);
  return xml;
}
