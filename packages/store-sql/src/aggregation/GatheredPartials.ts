import type { CellKey, CellPartials, CountryCoverage, QuantityPartial } from "@remit/core";
import { citedProvenance } from "../projection/ObservationCitations";

/**
 * What SQL gathered of one cell, before `finishPartials` makes it core's `CellPartials`:
 * plain JSON (so the partials of one block of observations can be kept in the store and
 * merged with the other blocks'), the period as its sortable keys.
 */
export interface GatheredCell {
  readonly key: CellKey;
  /** Per qualifier class: the sum of the class's values. */
  readonly sums: QuantityPartial[];
  /** The earliest start and latest end, as `observation_value`'s sortable keys. */
  firstStart: string;
  lastEnd: string;
  readonly namedCountries: string[];
  /** Each counted coverage once, with how many of the cell's observations bring it. */
  readonly countedCoverages: { coverage: CountryCoverage; observations: number }[];
  readonly observationIds: string[];
  readonly activityIds: string[];
  /** The cell's citation keys (see `citationKeys`). */
  readonly citations: string[];
}

/** The gathered cells of some observations, and whether one of them fell in two groups. */
export interface GatheredPartials {
  readonly cells: GatheredCell[];
  readonly groupsOverlap: boolean;
}

/** The map key of a cell (ids, buckets and groups hold no control character; \u0001 stands for no group). */
export function gatheredKey(key: CellKey): string {
  return `${key.indicatorId}\u0000${key.bucket}\u0000${key.group ?? "\u0001"}`;
}

function classKey(sum: QuantityPartial): string {
  return `${sum.qualifier}:${String(sum.strict)}:${sum.multiplier ?? ""}`;
}

function union(into: string[], more: readonly string[]): void {
  const seen = new Set(into);
  for (const item of more) if (!seen.has(item)) into.push(item);
}

function mergeCell(into: GatheredCell, cell: GatheredCell): void {
  for (const sum of cell.sums) {
    const at = into.sums.findIndex((kept) => classKey(kept) === classKey(sum));
    const kept = into.sums[at];
    if (kept === undefined) into.sums.push({ ...sum });
    else into.sums[at] = { ...kept, value: kept.value + sum.value };
  }
  if (cell.firstStart < into.firstStart) into.firstStart = cell.firstStart;
  if (cell.lastEnd > into.lastEnd) into.lastEnd = cell.lastEnd;
  union(into.namedCountries, cell.namedCountries);
  for (const counted of cell.countedCoverages) {
    const key = JSON.stringify(counted.coverage);
    const kept = into.countedCoverages.find((other) => JSON.stringify(other.coverage) === key);
    if (kept === undefined) into.countedCoverages.push({ ...counted });
    else kept.observations += counted.observations;
  }
  // An observation is in one block: the blocks' observations never repeat.
  into.observationIds.push(...cell.observationIds);
  union(into.activityIds, cell.activityIds);
  union(into.citations, cell.citations);
}

/**
 * The partials of disjoint sets of observations (blocks) merged into those of their union,
 * by the rules SQL applies within one set: sums per class added, period bounds widened,
 * countries, activities and citations as sets, counted coverages with their counts added.
 */
export function mergeGathered(parts: readonly GatheredPartials[]): GatheredPartials {
  const cells = new Map<string, GatheredCell>();
  let groupsOverlap = false;
  for (const part of parts) {
    groupsOverlap ||= part.groupsOverlap;
    for (const cell of part.cells) {
      const key = gatheredKey(cell.key);
      const kept = cells.get(key);
      if (kept === undefined)
        cells.set(key, {
          ...cell,
          sums: cell.sums.map((sum) => ({ ...sum })),
          namedCountries: [...cell.namedCountries],
          countedCoverages: cell.countedCoverages.map((counted) => ({ ...counted })),
          observationIds: [...cell.observationIds],
          activityIds: [...cell.activityIds],
          citations: [...cell.citations],
        });
      else mergeCell(kept, cell);
    }
  }
  return { cells: [...cells.values()], groupsOverlap };
}

/** The gathered cells as core's `CellPartials`: the period cut out of its keys, the citations as provenance. */
export function finishPartials(cells: readonly GatheredCell[]): CellPartials[] {
  return cells.map((cell): CellPartials => ({
    key: cell.key,
    sums: cell.sums,
    namedCountries: cell.namedCountries,
    countedCoverages: cell.countedCoverages,
    period: { start: cell.firstStart.slice(10), end: cell.lastEnd.slice(10) },
    observationIds: cell.observationIds,
    activityIds: cell.activityIds,
    provenance: citedProvenance(cell.citations),
  }));
}
