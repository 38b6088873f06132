import type { RecordId } from "../record/RecordId";
import type { ActivityFacets } from "./Aggregate";
import type { CellKey } from "./AggregateCell";
import type { Indicator } from "./Indicator";

/**
 * How two activities whose figures a cell combines are related:
 * - "part-of": one is a stated part of the other (`Activity.partOf`, directly or through
 *   other parts), so the whole's figure may already count the part's;
 * - "may-overlap": the source does not say whether one's figure includes the other's
 *   (`Activity.mayOverlapWith`: ¶17's 2,440 practitioners and ¶18's more than 130 officials).
 */
export type OverlapRelation = "part-of" | "may-overlap";

/**
 * A warning about one cell of an aggregation: it combines figures of two activities that
 * may count the same people or things, so its value may count some twice. The value is
 * kept as computed; the warning says why a reader should not take it as a count of
 * distinct people. For "part-of", `activityIds` is `[part, whole]`; for "may-overlap" the
 * two ids in order.
 */
export interface FigureOverlap {
  readonly _tag: "FigureOverlap";
  readonly indicatorId: RecordId;
  readonly bucket: string;
  readonly group: string | null;
  readonly relation: OverlapRelation;
  readonly activityIds: readonly [RecordId, RecordId];
  readonly message: string;
}

/**
 * What the overlap warnings of a cell are computed from: its key, how many observations it
 * combines, and the activities among its own that are related to another activity (part of
 * one, a whole of one, or listed as possibly overlapping). Activities without any relation
 * cannot be in a warning, so a store need not list the others.
 */
export interface OverlapCandidate extends CellKey {
  readonly observationCount: number;
  readonly activityIds: readonly RecordId[];
}

function where(cell: CellKey): string {
  return `cell ${cell.indicatorId} ${cell.bucket}${cell.group === null ? "" : ` (${cell.group})`}`;
}

/** The wholes an activity is part of, nearest first; a cycle in the data stops the walk. */
function wholesOf(id: string, activities: ReadonlyMap<string, ActivityFacets>): string[] {
  const wholes: string[] = [];
  for (
    let whole = activities.get(id)?.partOf;
    whole !== undefined && whole !== id && !wholes.includes(whole);
    whole = activities.get(whole)?.partOf
  ) {
    wholes.push(whole);
  }
  return wholes;
}

/**
 * The overlap warnings of one cell: every pair of the cell's activities where one is part
 * of the other, or either lists the other in `mayOverlapWith`. Only a cell that combines
 * two or more observations can count anything twice, and a "latest" cell keeps a single
 * figure, so neither gets warnings. Computed from the cell alone (its activity ids, of
 * which only the related ones matter), so merged roll-ups get the same warnings as one
 * aggregation, and a store keeping counts, not ids, lists only the related activities.
 */
export function cellOverlaps(
  cell: OverlapCandidate,
  indicator: Indicator | undefined,
  activities: ReadonlyMap<string, ActivityFacets>,
): FigureOverlap[] {
  if (cell.observationCount < 2 || indicator?.aggregation === "latest") return [];
  const present = new Set(cell.activityIds);
  const overlaps: FigureOverlap[] = [];
  const seen = new Set<string>();
  const warn = (relation: OverlapRelation, activityIds: readonly [RecordId, RecordId], message: string): void => {
    const key = [...activityIds].sort().join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    overlaps.push({
      _tag: "FigureOverlap",
      indicatorId: cell.indicatorId,
      bucket: cell.bucket,
      group: cell.group,
      relation,
      activityIds,
      message,
    });
  };
  for (const id of cell.activityIds) {
    for (const whole of wholesOf(id, activities).filter((candidate) => present.has(candidate))) {
      warn(
        "part-of",
        [id, whole],
        `${where(cell)}: activity "${id}" is part of "${whole}", so the whole's figure may already count the part's; the cell adds both`,
      );
    }
  }
  for (const id of cell.activityIds) {
    for (const other of activities.get(id)?.mayOverlapWith ?? []) {
      if (!present.has(other) || other === id) continue;
      const pair: [RecordId, RecordId] = id < other ? [id, other] : [other, id];
      warn(
        "may-overlap",
        pair,
        `${where(cell)}: the source does not say whether the figures of "${pair[0]}" and "${pair[1]}" count the same people or things; the cell adds both, so it may count some twice`,
      );
    }
  }
  const keyOf = (overlap: FigureOverlap): string => overlap.activityIds.join("\u0000");
  return overlaps.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/**
 * The overlap warnings of all cells, in the cells' order.
 * @example allOverlaps(result.cells, indicatorsById, activitiesById)
 */
export function allOverlaps(
  cells: readonly OverlapCandidate[],
  indicators: ReadonlyMap<string, Indicator>,
  activities: ReadonlyMap<string, ActivityFacets>,
): FigureOverlap[] {
  return cells.flatMap((cell) => cellOverlaps(cell, indicators.get(cell.indicatorId), activities));
}
