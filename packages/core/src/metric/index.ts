export {
  QUALIFIERS,
  Qualifier,
  joinQualifiers,
  joinAllQualifiers,
  invertQualifier,
  isBound,
  isStrictlyBelow,
} from "./Qualifier";
export {
  Unit,
  MULTIPLIERS,
  Multiplier,
  MULTIPLIER_FACTORS,
  Quantity,
  type QuantityOptions,
  exact,
  atLeast,
  moreThan,
  atMost,
  fewerThan,
  nearly,
  approximately,
  writtenValue,
} from "./Quantity";
export {
  type UnitMismatch,
  type DenominatorMismatch,
  type ShareExceedsWhole,
  type WholeUnknown,
  type MetricError,
  type MetricResult,
  unitMismatch,
  denominatorMismatch,
  shareExceedsWhole,
  wholeUnknown,
} from "./MetricError";
export { sumQuantities, sameQuantity } from "./QuantitySum";
export { formatQuantity, formatNumber } from "./QuantityFormat";
export { formatMetricValue, type MetricValueTextOptions } from "./MetricValueText";
export { CountryCoverage, namedCountries, countedCountries, NO_COUNTRIES, isFullyNamed } from "./CountryCoverage";
export { mergeCoverages, distinctCount } from "./DistinctCount";
export { NamedRegion, RegionCoverage, NO_REGIONS, m49Regions, coverageRegionCodes } from "./RegionCoverage";
export {
  CountedShare,
  PercentShare,
  Share,
  type ShareOfKnownWhole,
  isShare,
  hasKnownWhole,
  shareNumerator,
  sharePercent,
} from "./Share";
export { sumShares, poolShares } from "./ShareArithmetic";
export { AGGREGATIONS, Aggregation, Indicator } from "./Indicator";
export {
  DISAGGREGATION_DIMENSIONS,
  DisaggregationDimension,
  Disaggregation,
  ObservationScope,
  MetricValue,
  Observation,
} from "./Observation";
export { ObservationFilter, matchesObservationFilter } from "./ObservationFilter";
export { PeriodBucketSize, bucketOf, periodHull, compareByEnd } from "./PeriodBucket";
export {
  type IndicatorNotFound,
  type ValueKindMismatch,
  type IndicatorUnitMismatch,
  type ShareWholeUnknown,
  type AggregateError,
  indicatorNotFound,
  valueKindMismatch,
  indicatorUnitMismatch,
  shareWholeUnknown,
} from "./AggregateError";
export {
  type OverlapRelation,
  type FigureOverlap,
  type OverlapCandidate,
  cellOverlaps,
  allOverlaps,
} from "./FigureOverlap";
export { poolableCells } from "./WholeUnknown";
export {
  AggregateCellSchema,
  AggregateErrorSchema,
  FigureOverlapSchema,
  AggregateResultSchema,
} from "./AggregateResultSchema";
export {
  type CellKey,
  type CellSources,
  type AggregateCell,
  type SourcedCell,
  combineCells,
  combineAllCells,
  withoutSources,
} from "./AggregateCell";
export {
  type ActivityFacets,
  type GroupBy,
  type ResolvedAggregationQuery,
  type AggregateResult,
  aggregate,
  mergeAggregateResults,
} from "./Aggregate";
export {
  type QuantityPartial,
  type CountedCoveragePartial,
  type CellPartials,
  aggregatesByPartials,
  entersByPartials,
  countedCoverageOf,
  statesNoCountry,
  coverageOfCountedValue,
  cellOfPartials,
  aggregatePartials,
} from "./AggregatePartials";
