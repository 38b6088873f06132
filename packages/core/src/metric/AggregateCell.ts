import type { Provenance } from "../provenance/Provenance";
import { mergeProvenance } from "../provenance/Provenance";
import type { RecordId } from "../record/RecordId";
import type { Period } from "../time/Period";
import type { AggregateError } from "./AggregateError";
import { indicatorUnitMismatch, valueKindMismatch } from "./AggregateError";
import type { CountryCoverage } from "./CountryCoverage";
import { countedCountries } from "./CountryCoverage";
import { distinctCount, mergeCoverages } from "./DistinctCount";
import type { Indicator } from "./Indicator";
import type { MetricValue, Observation } from "./Observation";
import { compareByEnd, periodHull } from "./PeriodBucket";
import type { Quantity } from "./Quantity";
import { addQuantities } from "./QuantitySum";
import { hasKnownWhole, isShare } from "./Share";
import { poolSameUnit } from "./ShareArithmetic";

/** Where a cell sits: indicator × period bucket × group (`null`: no group, or none applies). */
export interface CellKey {
  readonly indicatorId: RecordId;
  readonly bucket: string;
  readonly group: string | null;
}

/**
 * The records a cell's figure comes from: its observations and their activities (sorted
 * ids), and the merged provenance (the documents cited, then the computation itself). Their
 * size grows with the data, so an aggregation carries them only when asked
 * (`ResolvedAggregationQuery.sources`): a report or a figure's sources panel asks, a dashboard counts.
 */
export interface CellSources {
  readonly observationIds: readonly RecordId[];
  readonly activityIds: readonly RecordId[];
  readonly provenance: readonly Provenance[];
}

/**
 * One combined figure of an aggregation. `value` carries the combined qualifier; the unit
 * is the indicator's. `countries` is the merged coverage of the cell's observations (for a
 * distinct count, the value is its size), `period` the span they cover; `observationCount`
 * and `activityCount` say how many distinct observations and activities it combines.
 * `sources` lists them, present only when the aggregation was asked for them. For a
 * "latest" indicator every field describes the one observation that stands.
 */
export interface AggregateCell extends CellKey {
  readonly value: MetricValue;
  readonly countries: CountryCoverage;
  readonly period: Period;
  readonly observationCount: number;
  readonly activityCount: number;
  readonly sources?: CellSources | undefined;
}

/** A cell with its sources, as an aggregation asked for them (`sources: true`) gives it. */
export interface SourcedCell extends AggregateCell {
  readonly sources: CellSources;
}

/** The cell without its sources: what an aggregation that did not ask for them gives. */
export function withoutSources(cell: AggregateCell): AggregateCell {
  const { sources: _sources, ...counted } = cell;
  return counted;
}

function withUnit(quantity: Quantity, unit: string): Quantity {
  return { ...quantity, unit };
}

/** The observation's value in its indicator's unit, or why it cannot be aggregated. */
function normalizedValue(indicator: Indicator, observation: Observation): MetricValue | AggregateError {
  const { value } = observation;
  const wantsShare = indicator.aggregation === "share";
  if (indicator.aggregation !== "latest" && isShare(value) !== wantsShare) {
    return valueKindMismatch(observation.id, indicator.id, indicator.aggregation, wantsShare ? "share" : "quantity");
  }
  const found = isShare(value) ? value.denominator?.unit : value.unit;
  if (found !== undefined && found !== indicator.unit) {
    return indicatorUnitMismatch(observation.id, indicator.id, indicator.unit, found);
  }
  if (!isShare(value)) return withUnit(value, indicator.unit);
  if (value.basis === "percent") {
    return value.denominator === undefined
      ? value
      : { ...value, denominator: withUnit(value.denominator, indicator.unit) };
  }
  return {
    ...value,
    numerator: withUnit(value.numerator, indicator.unit),
    denominator: withUnit(value.denominator, indicator.unit),
  };
}

/**
 * The countries an observation covers. A distinct-count observation whose scope states no
 * country at all stands for its own value ("reached 15 countries" without a list).
 */
function coverageOf(indicator: Indicator, observation: Observation, value: MetricValue): CountryCoverage {
  const { countries } = observation.scope;
  const statesNothing = countries.named.length === 0 && countries.count === undefined;
  if (indicator.aggregation === "distinct-count" && statesNothing && !isShare(value)) {
    return countedCountries({ ...value, value: Math.round(value.value) });
  }
  return mergeCoverages([countries]);
}

/** Merged provenance in the order cells carry it: documents by symbol, then the computed one. Internal to metric/. */
export function sortProvenance(items: readonly Provenance[]): Provenance[] {
  return mergeProvenance(items).sort((a, b) => {
    if (a.source !== b.source) return a.source === "document" ? -1 : 1;
    return a.source === "document" && b.source === "document" ? a.symbol.localeCompare(b.symbol) : 0;
  });
}

/** The cell of one observation, or why it cannot be aggregated under its indicator. */
export function observationCell(
  indicator: Indicator,
  observation: Observation,
  key: CellKey,
): SourcedCell | AggregateError {
  const value = normalizedValue(indicator, observation);
  if ("_tag" in value) return value;
  const countries = coverageOf(indicator, observation, value);
  const computed: Provenance = {
    source: "computed",
    activityIds: observation.activityIds,
    observationIds: [observation.id],
  };
  return {
    ...key,
    value: indicator.aggregation === "distinct-count" ? distinctCount([countries]) : value,
    countries,
    period: periodHull([observation.scope.period]),
    ...countsOf({
      observationIds: [observation.id],
      activityIds: [...new Set(observation.activityIds)].sort(),
      provenance: sortProvenance([...observation.provenance, computed]),
    }),
  };
}

/** The counts and the sources of a cell, from its sources. */
function countsOf(sources: CellSources): Pick<SourcedCell, "observationCount" | "activityCount" | "sources"> {
  return { observationCount: sources.observationIds.length, activityCount: sources.activityIds.length, sources };
}

function union(lists: readonly (readonly RecordId[])[]): RecordId[] {
  return [...new Set(lists.flat())].sort();
}

function isLater(a: SourcedCell, b: SourcedCell): boolean {
  const byPeriod = compareByEnd(a.period, b.period);
  if (byPeriod !== 0) return byPeriod > 0;
  return (a.sources.observationIds[0] ?? "") > (b.sources.observationIds[0] ?? "");
}

function combinedValue(indicator: Indicator, cells: readonly AggregateCell[], countries: CountryCoverage): MetricValue {
  if (indicator.aggregation === "distinct-count") return distinctCount([countries]);
  const values = cells.map((cell) => cell.value);
  const shares = values.filter(isShare);
  if (shares.length === 1 && values.length === 1 && shares[0] !== undefined) return shares[0];
  const known = shares.filter(hasKnownWhole);
  if (known.length !== shares.length) {
    // aggregate and mergeAggregateResults leave such shares out first (see poolableCells).
    throw new Error(
      `cells of indicator "${indicator.id}" pool a share whose whole is unknown; leave it out with poolableCells first`,
    );
  }
  const [first, ...rest] = known;
  if (first !== undefined && shares.length === values.length) return poolSameUnit([first, ...rest]);
  const quantities = values.filter((value): value is Quantity => !isShare(value));
  if (quantities.length === values.length) return addQuantities(quantities, indicator.unit);
  // observationCell lets only "latest" mix shares and quantities, and "latest" never gets here.
  throw new Error(`cells of indicator "${indicator.id}" mix shares and quantities`);
}

/**
 * Cells of the same key combined in one pass by the indicator's aggregation: summed,
 * pooled, counted distinctly, or the latest kept ("latest": by period end, then start, then
 * observation id). The result does not depend on how the cells were grouped or ordered
 * before, so a store may keep roll-ups and combine them later. The cells carry their
 * sources, since counting distinct activities needs them. A share of an unknown whole
 * cannot be pooled: leave such cells out first (as `aggregate` does); pooling one throws.
 */
export function combineAllCells(indicator: Indicator, cells: readonly [SourcedCell, ...SourcedCell[]]): SourcedCell {
  const [first] = cells;
  if (indicator.aggregation === "latest")
    return cells.reduce((latest, cell) => (isLater(cell, latest) ? cell : latest));
  const countries = mergeCoverages(cells.map((cell) => cell.countries));
  const periods = cells.map((cell) => cell.period);
  return {
    indicatorId: first.indicatorId,
    bucket: first.bucket,
    group: first.group,
    value: combinedValue(indicator, cells, countries),
    countries,
    period: periodHull([first.period, ...periods]),
    ...countsOf({
      observationIds: union(cells.map((cell) => cell.sources.observationIds)),
      activityIds: union(cells.map((cell) => cell.sources.activityIds)),
      provenance: sortProvenance(cells.flatMap((cell) => cell.sources.provenance)),
    }),
  };
}

/** Two cells of the same key combined: `combineAllCells(indicator, [a, b])`. */
export function combineCells(indicator: Indicator, a: SourcedCell, b: SourcedCell): SourcedCell {
  return combineAllCells(indicator, [a, b]);
}
