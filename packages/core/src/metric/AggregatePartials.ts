import type { Country } from "../geo";
import type { Provenance } from "../provenance/Provenance";
import type { RecordId } from "../record/RecordId";
import type { Period } from "../time/Period";
import type { ActivityFacets, AggregateResult } from "./Aggregate";
import { keyOf, result } from "./Aggregate";
import type { AggregateCell, CellKey } from "./AggregateCell";
import { sortProvenance } from "./AggregateCell";
import type { CountryCoverage } from "./CountryCoverage";
import { countedCountries, isFullyNamed } from "./CountryCoverage";
import { allOverlaps } from "./FigureOverlap";
import { distinctCount, mergeCoverages } from "./DistinctCount";
import type { Indicator } from "./Indicator";
import type { MetricValue, Observation } from "./Observation";
import { periodHull } from "./PeriodBucket";
import type { Qualifier } from "./Qualifier";
import type { Multiplier, Quantity } from "./Quantity";
import { addQuantities } from "./QuantitySum";
import { isShare } from "./Share";

/**
 * Whether a store may aggregate an indicator's figures as partial sums and counts (in SQL)
 * for `aggregatePartials` to finish: "sum" and "distinct-count" combine their figures by
 * associative rules; "share" and "latest" keep whole figures and go through `aggregate`.
 */
export function aggregatesByPartials(indicator: Indicator): boolean {
  return indicator.aggregation === "sum" || indicator.aggregation === "distinct-count";
}

/**
 * Whether an observation of `indicator` enters its cells through partials: a quantity in
 * the indicator's unit (or none) of an indicator that `aggregatesByPartials`. Any other
 * figure is one `aggregate` either leaves out with a reason or keeps whole.
 */
export function entersByPartials(indicator: Indicator, value: MetricValue): boolean {
  return (
    aggregatesByPartials(indicator) && !isShare(value) && (value.unit === undefined || value.unit === indicator.unit)
  );
}

/**
 * The coverage an observation brings to its cells when it is not fully named (see
 * `isFullyNamed`), or undefined: a store keeps it with the observation, since the names
 * alone are a union but counts follow `mergeCoverages`.
 */
export function countedCoverageOf(observation: Observation): CountryCoverage | undefined {
  const coverage = mergeCoverages([observation.scope.countries]);
  return isFullyNamed(coverage) ? undefined : coverage;
}

/** Whether an observation's scope states no country at all (a distinct count then stands for its own value). */
export function statesNoCountry(observation: Observation): boolean {
  const { countries } = observation.scope;
  return countries.named.length === 0 && countries.count === undefined;
}

/**
 * The coverage a distinct-count figure stands for when its scope states no country
 * ("reached 15 countries" without a list), or undefined when it is fully named (0 countries).
 */
export function coverageOfCountedValue(value: Quantity): CountryCoverage | undefined {
  const coverage = countedCountries({ ...value, value: Math.round(value.value) });
  return isFullyNamed(coverage) ? undefined : coverage;
}

/** The sum of a cell's figures written with one qualifier, strictness and scale. */
export interface QuantityPartial {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly strict: boolean;
  readonly multiplier?: Multiplier | undefined;
}

/** A coverage that is not fully named, and how many of a cell's observations bring it. */
export interface CountedCoveragePartial {
  readonly coverage: CountryCoverage;
  readonly observations: number;
}

/**
 * What a store computes for one cell of an indicator that `aggregatesByPartials`, from the
 * observations that `entersByPartials`: sums per qualifier class, the countries named, the
 * coverages with counts, the earliest start and latest end, how many observations and
 * activities, and the cell's activities that relate to another one (for the overlap
 * warnings: see `OverlapCandidate`). Sizes follow the cell's countries and relations, not
 * the figures' count, unless the query asked for `sources`.
 */
export interface CellPartials {
  readonly key: CellKey;
  readonly sums: readonly QuantityPartial[];
  readonly namedCountries: readonly Country[];
  readonly countedCoverages: readonly CountedCoveragePartial[];
  /** The period from the earliest start to the latest end, as `periodHull` picks them. */
  readonly period: Period;
  readonly observationCount: number;
  /** Distinct activities named by the cell's observations. */
  readonly activityCount: number;
  /** The cell's activities that are part of, a whole of, or may overlap with another activity. */
  readonly relatedActivityIds: readonly RecordId[];
  /** Only when the query asked for sources: the records, and the observations' own provenance (any order, repeats merged here). */
  readonly sources?: {
    readonly observationIds: readonly RecordId[];
    readonly activityIds: readonly RecordId[];
    readonly provenance: readonly Provenance[];
  };
}

/**
 * The cell the partials stand for, by the rules `aggregate` applies to the observations
 * themselves: qualifiers joined over the classes, "more than" kept when a bound has a
 * strict term, the scale kept when all share it; coverages merged with each counted one
 * counted once or twice (more copies change nothing); a distinct count from the merged
 * coverage; ids and provenance merged when the partials carry sources.
 */
export function cellOfPartials(indicator: Indicator, partials: CellPartials): AggregateCell {
  const coverages: CountryCoverage[] = [{ named: [...partials.namedCountries] }];
  for (const { coverage, observations } of partials.countedCoverages) {
    coverages.push(coverage);
    if (observations > 1) coverages.push(coverage);
  }
  const countries = mergeCoverages(coverages);
  const quantities = partials.sums.map((sum): Quantity => ({
    value: sum.value,
    qualifier: sum.qualifier,
    ...(sum.strict ? { strict: true as const } : {}),
    unit: indicator.unit,
    ...(sum.multiplier !== undefined ? { multiplier: sum.multiplier } : {}),
  }));
  const value =
    indicator.aggregation === "distinct-count" ? distinctCount([countries]) : addQuantities(quantities, indicator.unit);
  const cell: AggregateCell = {
    ...partials.key,
    value,
    countries,
    period: periodHull([partials.period]),
    observationCount: partials.observationCount,
    activityCount: partials.activityCount,
  };
  if (partials.sources === undefined) return cell;
  const observationIds = [...new Set(partials.sources.observationIds)].sort();
  const activityIds = [...new Set(partials.sources.activityIds)].sort();
  const provenance = sortProvenance([
    ...partials.sources.provenance,
    { source: "computed", activityIds, observationIds },
  ]);
  return { ...cell, sources: { observationIds, activityIds, provenance } };
}

/**
 * An aggregation finished from a store's partials: the cells of `partials` (indicators
 * that `aggregatesByPartials`) next to `rest`, core's `aggregate` over every other asked
 * observation (shares, "latest", and the figures it leaves out), with the overlap warnings
 * of all cells (`rest`'s own, and those of the partials' related activities). Equal to
 * `aggregate` over all the observations at once, with the same `sources` asked.
 * @example aggregatePartials(indicators, partials, groupsOverlap, aggregate(others, query), activitiesWithRelations)
 */
export function aggregatePartials(
  indicators: readonly Indicator[],
  partials: readonly CellPartials[],
  groupsOverlap: boolean,
  rest: AggregateResult,
  activities: ReadonlyMap<string, ActivityFacets>,
): AggregateResult {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const cells = new Map<string, AggregateCell>(rest.cells.map((cell) => [keyOf(cell), cell]));
  const candidates = partials.map((partial) => ({
    ...partial.key,
    observationCount: partial.observationCount,
    activityIds: partial.relatedActivityIds,
  }));
  for (const partial of partials) {
    const indicator = byId.get(partial.key.indicatorId);
    // A store computes partials only for the indicators it was given, and `rest` holds no cell of them.
    if (indicator === undefined || cells.has(keyOf(partial.key)))
      throw new Error(`partials of cell ${keyOf(partial.key)} without its indicator, or twice`);
    cells.set(keyOf(partial.key), cellOfPartials(indicator, partial));
  }
  const overlaps = [...(rest.overlaps ?? []), ...allOverlaps(candidates, byId, activities)];
  return result(cells, [...rest.skipped], groupsOverlap || rest.groupsOverlap, () => overlaps);
}
