import type { AggregateCell, SourcedCell } from "./AggregateCell";
import type { ShareWholeUnknown } from "./AggregateError";
import { shareWholeUnknown } from "./AggregateError";
import type { Indicator } from "./Indicator";
import { hasKnownWhole, isShare } from "./Share";

/** A cell whose value is a share of a whole the source does not state. */
function ofUnknownWhole(cell: AggregateCell): boolean {
  return isShare(cell.value) && !hasKnownWhole(cell.value);
}

/**
 * The cells of one key that a "share" indicator can pool, and the observations it must
 * leave out: a share of an unknown whole stands when its cell holds nothing else, and is
 * left out (as `ShareWholeUnknown`) when it would be pooled with other cells. A cell with
 * an unknown whole always holds a single observation, because it is never pooled. Other
 * aggregations take every cell ("latest" keeps one figure; the rest hold no shares).
 * Shared by `aggregate` and `mergeAggregateResults`, so both leave out the same figures.
 */
export function poolableCells(
  indicator: Indicator,
  cells: readonly SourcedCell[],
): { cells: SourcedCell[]; skipped: ShareWholeUnknown[] } {
  if (indicator.aggregation !== "share" || cells.length < 2) return { cells: [...cells], skipped: [] };
  const unknown = cells.filter(ofUnknownWhole);
  return {
    cells: cells.filter((cell) => !ofUnknownWhole(cell)),
    skipped: unknown.flatMap((cell) =>
      cell.sources.observationIds.map((id) => shareWholeUnknown(id, cell.indicatorId, cell.bucket, cell.group)),
    ),
  };
}
