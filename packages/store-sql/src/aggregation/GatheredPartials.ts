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
  observationCount: number;
  /**
   * How many distinct activities the cell's observations name first (see `firstActivity`):
   * an activity's figures naming it first share a block, so blocks' counts add up.
   */
  firstActivities: number;
  /** The activities named second or later: counted by `cellActivities` unless some figure of the cell names them first. */
  readonly otherActivityIds: string[];
  /** Only when the query asks for sources: the activities, the observations, and the cell's citation keys (see `citationKeys`). */
  readonly activityIds?: string[];
  readonly observationIds?: string[];
  readonly citations?: string[];
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

/** A cell being merged: its sets kept as sets, so each block adds only what is new. */
interface MergingCell {
  readonly cell: GatheredCell;
  readonly sums: Map<string, QuantityPartial>;
  readonly countries: Set<string>;
  readonly coverages: Map<string, { coverage: CountryCoverage; observations: number }>;
  readonly otherActivities: Set<string>;
  readonly activities: Set<string>;
  readonly citations: Set<string>;
}

function startMerging(cell: GatheredCell): MergingCell {
  return {
    cell: {
      ...cell,
      observationCount: 0,
      firstActivities: 0,
      ...(cell.observationIds === undefined ? {} : { observationIds: [...cell.observationIds] }),
    },
    sums: new Map(),
    countries: new Set(),
    coverages: new Map(),
    otherActivities: new Set(),
    activities: new Set(),
    citations: new Set(),
  };
}

function mergeCell(into: MergingCell, cell: GatheredCell): void {
  for (const sum of cell.sums) {
    const key = classKey(sum);
    const kept = into.sums.get(key);
    into.sums.set(key, kept === undefined ? { ...sum } : { ...kept, value: kept.value + sum.value });
  }
  if (cell.firstStart < into.cell.firstStart) into.cell.firstStart = cell.firstStart;
  if (cell.lastEnd > into.cell.lastEnd) into.cell.lastEnd = cell.lastEnd;
  for (const country of cell.namedCountries) into.countries.add(country);
  for (const counted of cell.countedCoverages) {
    const key = JSON.stringify(counted.coverage);
    const kept = into.coverages.get(key);
    if (kept === undefined) into.coverages.set(key, { ...counted });
    else kept.observations += counted.observations;
  }
  into.cell.observationCount += cell.observationCount;
  into.cell.firstActivities += cell.firstActivities;
  for (const activity of cell.otherActivityIds) into.otherActivities.add(activity);
  for (const activity of cell.activityIds ?? []) into.activities.add(activity);
  for (const citation of cell.citations ?? []) into.citations.add(citation);
}

/**
 * The partials of disjoint sets of observations (blocks) merged into those of their union,
 * one set at a time, by the rules SQL applies within one set: sums per class added, period
 * bounds widened, countries, activities named second or later, listed activities and citations
 * as sets, counted coverages with their counts added, observations and activities named first
 * counted (each block holds every figure naming its activities first), observations listed only with sources. Adding the sets one by one
 * lets each be dropped once added, so an aggregation holds the merged cells and one block,
 * not every block at once.
 */
export class GatheredPartialsUnion {
  private readonly cells = new Map<string, MergingCell>();
  private groupsOverlap = false;

  /** Merges the partials of one more set of observations, disjoint from those added before. */
  add(part: GatheredPartials): void {
    this.groupsOverlap ||= part.groupsOverlap;
    for (const cell of part.cells) {
      const key = gatheredKey(cell.key);
      const kept = this.cells.get(key);
      if (kept === undefined) {
        const merging = startMerging(cell);
        this.cells.set(key, merging);
        mergeCell(merging, cell);
      } else {
        mergeCell(kept, cell);
        // An observation is in one block: the blocks' observations never repeat.
        for (const id of cell.observationIds ?? []) kept.cell.observationIds?.push(id);
      }
    }
  }

  /** The partials of every set added. */
  merged(): GatheredPartials {
    const cells = [...this.cells.values()].map((merging): GatheredCell => ({
      ...merging.cell,
      sums: [...merging.sums.values()],
      namedCountries: [...merging.countries],
      countedCoverages: [...merging.coverages.values()],
      otherActivityIds: [...merging.otherActivities],
      ...(merging.cell.activityIds === undefined ? {} : { activityIds: [...merging.activities] }),
      ...(merging.cell.citations === undefined ? {} : { citations: [...merging.citations] }),
    }));
    return { cells, groupsOverlap: this.groupsOverlap };
  }
}

/** What `cellActivities` found of the activities named second or later and of those with a relation, per cell (`gatheredKey`). */
export interface LookedUpActivities {
  /** The activities named in the cell by no figure first, beyond its `firstActivities`. */
  readonly uncounted: ReadonlyMap<string, number>;
  /** The cell's activities with a relation. */
  readonly related: ReadonlyMap<string, readonly string[]>;
}

/**
 * The gathered cells as core's `CellPartials`: the period cut out of its keys, the
 * activities counted (those named first, and those `lookedUp` found named only second or
 * later), those with a relation kept for the overlap warnings, and with sources the citations as provenance.
 */
export function finishPartials(cells: readonly GatheredCell[], lookedUp: LookedUpActivities): CellPartials[] {
  return cells.map((cell): CellPartials => {
    const key = gatheredKey(cell.key);
    return {
      key: cell.key,
      sums: cell.sums,
      namedCountries: cell.namedCountries,
      countedCoverages: cell.countedCoverages,
      period: { start: cell.firstStart.slice(10), end: cell.lastEnd.slice(10) },
      observationCount: cell.observationCount,
      activityCount: cell.firstActivities + (lookedUp.uncounted.get(key) ?? 0),
      relatedActivityIds: lookedUp.related.get(key) ?? [],
      ...(cell.observationIds === undefined
        ? {}
        : {
            sources: {
              observationIds: cell.observationIds,
              activityIds: cell.activityIds ?? [],
              provenance: citedProvenance(cell.citations ?? []),
            },
          }),
    };
  });
}
