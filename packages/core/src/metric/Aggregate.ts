import type { M49Region } from "../geo";
import { isCountryInRegion } from "../geo";
import type { AggregateCell, CellKey, SourcedCell } from "./AggregateCell";
import { combineAllCells, combineCells, observationCell, withoutSources } from "./AggregateCell";
import type { AggregateError } from "./AggregateError";
import { indicatorNotFound } from "./AggregateError";
import type { FigureOverlap, OverlapCandidate } from "./FigureOverlap";
import { allOverlaps } from "./FigureOverlap";
import { poolableCells } from "./WholeUnknown";
import type { Indicator } from "./Indicator";
import type { Observation } from "./Observation";
import type { PeriodBucketSize } from "./PeriodBucket";
import { bucketOf } from "./PeriodBucket";

/**
 * What aggregation needs to know of an activity: its kind and topics to group by them, and
 * how it relates to other activities (`partOf`, `mayOverlapWith`) to warn about figures
 * that may be counted twice. An `Activity` has these fields; metric/ asks for no more so
 * that it does not depend on activity/.
 */
export interface ActivityFacets {
  readonly kind: string;
  readonly topics: readonly string[];
  readonly partOf?: string | undefined;
  readonly mayOverlapWith?: readonly string[] | undefined;
}

/**
 * The dimension cells are grouped by, besides indicator and period:
 * - `country`: each country the observation's scope names (counted-only countries: `null`);
 * - `region`: each of `regions` the scope lists or names a country in;
 * - `topic` / `kind`: the topics / kinds of the observation's activities.
 * An observation falls in every group it belongs to (a five-country figure counts in each
 * of the five countries), so cells of different groups must not be added up; the result's
 * `groupsOverlap` says whether that happened. An observation in no group goes to `null`.
 */
export type GroupBy =
  | { readonly dimension: "country" }
  | { readonly dimension: "region"; readonly regions: readonly M49Region[] }
  | { readonly dimension: "topic" }
  | { readonly dimension: "kind" };

/**
 * An aggregation as the pure `aggregate` takes it: the store's `AggregationQuery` with its
 * indicators and the observations' activities resolved to the records themselves (a
 * store's `aggregateObservations` resolves them through `aggregateRecords`).
 */
export interface ResolvedAggregationQuery {
  /** The indicators of the observations; observations of others are skipped. */
  readonly indicators: readonly Indicator[];
  readonly bucket: PeriodBucketSize;
  /** Without it every observation of an indicator and bucket goes to one cell (group `null`). */
  readonly by?: GroupBy;
  /**
   * The observations' activities by id, needed to group by topic or kind and to warn about
   * overlapping figures (`overlaps`); without them no overlap can be seen.
   */
  readonly activities?: ReadonlyMap<string, ActivityFacets>;
  /**
   * Whether each cell lists its sources (`AggregateCell.sources`: observation and activity
   * ids, provenance). Their size grows with the data: ask for them for a small scope (a
   * report's figures, one cell's sources panel), not for a dashboard over every figure.
   */
  readonly sources?: boolean;
}

/**
 * The cells of an aggregation, and the observations it had to leave out, with why. Its
 * cells carry their sources when the query asked for them (`AggregateResult<SourcedCell>`).
 */
export interface AggregateResult<Cell extends AggregateCell = AggregateCell> {
  /** Ordered by indicator id, bucket, then group (`null` last). */
  readonly cells: readonly Cell[];
  /** Ordered by observation id. */
  readonly skipped: readonly AggregateError[];
  /** Whether some observation was counted in more than one group. */
  readonly groupsOverlap: boolean;
  /**
   * Cells whose figures may count the same people or things twice, because they combine
   * figures of a part and its whole, or of activities the source leaves possibly
   * overlapping (see `FigureOverlap`). Present only when there is at least one; the cells'
   * values are left as computed, since the sources do not say by how much they overlap.
   */
  readonly overlaps?: readonly FigureOverlap[];
}

function groupsOf(observation: Observation, query: ResolvedAggregationQuery): (string | null)[] {
  const { scope } = observation;
  const by = query.by;
  let groups: string[] = [];
  if (by === undefined) return [null];
  if (by.dimension === "country") groups = scope.countries.named;
  if (by.dimension === "region") {
    groups = by.regions.filter(
      (region) =>
        scope.regions.m49.includes(region) ||
        scope.countries.named.some((country) => isCountryInRegion(country, region)),
    );
  }
  if (by.dimension === "topic" || by.dimension === "kind") {
    const activities = observation.activityIds.flatMap((id) => query.activities?.get(id) ?? []);
    groups =
      by.dimension === "topic"
        ? activities.flatMap((activity) => activity.topics)
        : activities.map((activity) => activity.kind);
  }
  const distinct = [...new Set(groups)];
  return distinct.length === 0 ? [null] : distinct;
}

/** The map key of a cell. Internal to metric/. */
export function keyOf(key: CellKey): string {
  return JSON.stringify([key.indicatorId, key.bucket, key.group]);
}

function compareCells(a: CellKey, b: CellKey): number {
  if (a.indicatorId !== b.indicatorId) return a.indicatorId < b.indicatorId ? -1 : 1;
  if (a.bucket !== b.bucket) return a.bucket < b.bucket ? -1 : 1;
  if (a.group === b.group) return 0;
  if (a.group === null) return 1;
  if (b.group === null) return -1;
  return a.group < b.group ? -1 : 1;
}

function indicatorIndex(indicators: readonly Indicator[]): Map<string, Indicator> {
  return new Map(indicators.map((indicator) => [indicator.id, indicator]));
}

function addCell(cells: Map<string, SourcedCell>, indicator: Indicator, cell: SourcedCell): void {
  const key = keyOf(cell);
  const existing = cells.get(key);
  cells.set(key, existing === undefined ? cell : combineCells(indicator, existing, cell));
}

/** By observation, then (for figures left out of one cell only) by the cell they were left out of. */
function compareSkipped(a: AggregateError, b: AggregateError): number {
  if (a.observationId !== b.observationId) return a.observationId < b.observationId ? -1 : 1;
  const cellOf = (error: AggregateError): string => ("bucket" in error ? keyOf(error) : "");
  return cellOf(a) < cellOf(b) ? -1 : cellOf(a) > cellOf(b) ? 1 : 0;
}

/**
 * The result of cells already combined: sorted, with the skipped figures in order and the
 * overlap warnings of the cells. Internal to metric/ (`aggregate`, `mergeAggregateResults`,
 * `aggregatePartials`).
 */
export function result<Cell extends AggregateCell>(
  cells: Map<string, Cell>,
  skipped: AggregateError[],
  groupsOverlap: boolean,
  overlapsOf: (cells: readonly Cell[]) => FigureOverlap[],
): AggregateResult<Cell> {
  const sorted = [...cells.values()].sort(compareCells);
  const overlaps = distinctOverlaps(overlapsOf(sorted));
  return {
    cells: sorted,
    skipped: skipped.sort(compareSkipped),
    groupsOverlap,
    ...(overlaps.length > 0 ? { overlaps } : {}),
  };
}

/** Overlaps in cell order, each pair of a cell once (merged parts may both report one). */
function distinctOverlaps(overlaps: readonly FigureOverlap[]): FigureOverlap[] {
  const byKey = new Map(
    overlaps.map((overlap) => [`${keyOf(overlap)}\u0000${overlap.activityIds.join("\u0000")}`, overlap]),
  );
  return [...byKey.entries()]
    .sort(([keyA, a], [keyB, b]) => compareCells(a, b) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
    .map(([, overlap]) => overlap);
}

/** A cell with its sources as what its overlap warnings are computed from. */
function candidateOf(cell: SourcedCell): OverlapCandidate {
  return { ...cell, activityIds: cell.sources.activityIds };
}

/** The overlap warnings of cells, given the activities their figures come from. */
function overlapsWith(
  indicators: ReadonlyMap<string, Indicator>,
  activities: ReadonlyMap<string, ActivityFacets> | undefined,
) {
  return (cells: readonly SourcedCell[]): FigureOverlap[] =>
    activities === undefined ? [] : allOverlaps(cells.map(candidateOf), indicators, activities);
}

/**
 * Combines observations into cells of indicator × period bucket × group, by each
 * indicator's aggregation: `sum` adds quantities with their qualifiers, `distinct-count`
 * counts the countries of the scopes once each, `share` pools shares, `latest` keeps the
 * figure of the latest period. Every cell carries the merged provenance of its
 * observations. Pure: stores fetch the rows and call it.
 *
 * Each cell counts its observations and activities; it lists them, with the merged
 * provenance, only when `query.sources` asks (see `ResolvedAggregationQuery.sources`).
 *
 * Observations that cannot be combined honestly (unknown indicator, a share under a sum
 * indicator, another unit, a share of an unknown whole pooled with others) are left out and
 * listed in `skipped` with the reason.
 *
 * Figures of activities that may count the same people are added all the same, and each
 * such cell is reported in `overlaps` (with `query.activities`): a part with its whole
 * (`Activity.partOf`), or activities the source leaves possibly overlapping
 * (`Activity.mayOverlapWith`). Leaving a part out would lose its figure wherever the
 * whole states none, and by how much two figures overlap is not known; so the value stays
 * the sum of what the sources state, and the warning says it may count some twice.
 * @example aggregate(observations, { indicators, bucket: "year", by: { dimension: "region", regions: ["013", "035"] } })
 */
export function aggregate(
  observations: readonly Observation[],
  query: ResolvedAggregationQuery & { readonly sources: true },
): AggregateResult<SourcedCell>;
export function aggregate(observations: readonly Observation[], query: ResolvedAggregationQuery): AggregateResult;
export function aggregate(observations: readonly Observation[], query: ResolvedAggregationQuery): AggregateResult {
  const indicators = indicatorIndex(query.indicators);
  // Collect first and combine each cell once: combining pairwise would copy growing id lists.
  const pending = new Map<string, { indicator: Indicator; cells: [SourcedCell, ...SourcedCell[]] }>();
  const skipped: AggregateError[] = [];
  let groupsOverlap = false;
  for (const observation of observations) {
    const indicator = indicators.get(observation.indicatorId);
    if (indicator === undefined) {
      skipped.push(indicatorNotFound(observation.id, observation.indicatorId));
      continue;
    }
    const bucket = bucketOf(observation.scope.period, query.bucket);
    const cell = observationCell(indicator, observation, { indicatorId: indicator.id, bucket, group: null });
    if ("_tag" in cell) {
      skipped.push(cell);
      continue;
    }
    const groups = groupsOf(observation, query);
    groupsOverlap ||= groups.length > 1;
    for (const group of groups) {
      const grouped = { ...cell, group };
      const entry = pending.get(keyOf(grouped));
      if (entry === undefined) pending.set(keyOf(grouped), { indicator, cells: [grouped] });
      else entry.cells.push(grouped);
    }
  }
  const cells = new Map<string, SourcedCell>();
  for (const [key, entry] of pending) {
    const pooled = poolableCells(entry.indicator, entry.cells);
    skipped.push(...pooled.skipped);
    const [first, ...rest] = pooled.cells;
    if (first !== undefined) cells.set(key, combineAllCells(entry.indicator, [first, ...rest]));
  }
  const sourced = result(cells, skipped, groupsOverlap, overlapsWith(indicators, query.activities));
  return query.sources === true ? sourced : { ...sourced, cells: sourced.cells.map(withoutSources) };
}

/**
 * The aggregation of two disjoint sets of observations, from their two aggregations: equal
 * to aggregating all the observations at once (up to floating-point rounding of derived
 * shares), so a store may keep roll-ups and merge them. Both must carry their sources
 * (`sources: true`): distinct activities cannot be counted from counts. `indicators` must hold the
 * indicators of both; two cells of a key whose indicator is missing cannot be combined and
 * their observations are listed in `skipped` as `IndicatorNotFound`. Pass the activities
 * the aggregations were given to have `overlaps` recomputed over the merged cells; without
 * them the merged result keeps the overlaps each part found on its own.
 */
export function mergeAggregateResults(
  indicators: readonly Indicator[],
  a: AggregateResult<SourcedCell>,
  b: AggregateResult<SourcedCell>,
  activities?: ReadonlyMap<string, ActivityFacets>,
): AggregateResult<SourcedCell> {
  const index = indicatorIndex(indicators);
  const cells = new Map<string, SourcedCell>(a.cells.map((cell) => [keyOf(cell), cell]));
  const skipped = [...a.skipped, ...b.skipped];
  for (const cell of b.cells) {
    const indicator = index.get(cell.indicatorId);
    const existing = cells.get(keyOf(cell));
    if (indicator !== undefined && existing !== undefined) {
      // A share of an unknown whole stands only alone in its cell: with a second cell it would be pooled.
      const pooled = poolableCells(indicator, [existing, cell]);
      skipped.push(...pooled.skipped);
      const [first, ...rest] = pooled.cells;
      if (first === undefined) cells.delete(keyOf(cell));
      else cells.set(keyOf(cell), rest.length === 0 ? first : combineAllCells(indicator, [first, ...rest]));
    } else if (indicator !== undefined) addCell(cells, indicator, cell);
    else if (existing === undefined) cells.set(keyOf(cell), cell);
    else {
      // Without its indicator two cells cannot be combined: say so rather than drop figures.
      cells.delete(keyOf(cell));
      const ids = [...existing.sources.observationIds, ...cell.sources.observationIds];
      skipped.push(...ids.map((id) => indicatorNotFound(id, cell.indicatorId)));
    }
  }
  const kept = (overlap: FigureOverlap): boolean => cells.has(keyOf(overlap));
  const inherited = (): FigureOverlap[] => [...(a.overlaps ?? []), ...(b.overlaps ?? [])].filter(kept);
  return result(
    cells,
    skipped,
    a.groupsOverlap || b.groupsOverlap,
    activities === undefined ? inherited : overlapsWith(index, activities),
  );
}
