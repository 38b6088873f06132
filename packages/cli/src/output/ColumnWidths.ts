// Written here: cli-table3 and its kin lay out the widths they are given, or each column's
// widest cell (three seed activities take 145 columns), but never share a narrow line between
// the columns, which is what this file decides (Table.ts draws the result).
/** What the width sharing needs to know of a column. */
export interface SizedColumn {
  /** The widest cell or heading: what the column takes when there is room. */
  readonly natural: number;
  /** The heading's width: no column is cut narrower, so every heading stays whole. */
  readonly heading: number;
  /** Free text (titles, names) that a reader can follow after a cut. */
  readonly shrink?: boolean;
  /** Numbers are never cut: a cut number would read as another number. */
  readonly align?: "left" | "right";
}

/** Free-text columns keep up to this share of the line before anything else is cut, so titles read. */
const TEXT_SHARE = 1 / 3;
/** Identifiers and labels are cut no narrower than this while the free text can still give way. */
const LABEL_FLOOR = 12;

/**
 * Takes `excess` columns from the `candidates` (column index -> floor), one at a time from the
 * widest, never below a floor, so that the columns cut end equally wide. Returns what is
 * still to take. A table has a handful of columns and a line a few hundred, so one column
 * at a time is cheap.
 */
function level(widths: number[], candidates: ReadonlyMap<number, number>, excess: number): number {
  let left = excess;
  while (left > 0) {
    let widest = -1;
    for (const [index, floor] of candidates) {
      const width = widths[index] ?? 0;
      if (width > floor && (widest < 0 || width > (widths[widest] ?? 0))) widest = index;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    left -= 1;
  }
  return left;
}

/**
 * The width of each column of a table that must fit `maxWidth` with `gap` between columns.
 * When it does not, the line is shared in three steps: free text (titles) gives way down to a
 * third of the line; then identifiers and labels down to twelve columns; then free text down
 * to its heading. Numbers are never cut, so a table of numbers alone may stay wider.
 */
export function shareWidth(columns: readonly SizedColumn[], maxWidth: number, gap: number): number[] {
  const widths = columns.map((column) => column.natural);
  const total = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, columns.length - 1);
  let excess = total - maxWidth;
  if (excess <= 0) return widths;
  const text = (floorOf: (column: SizedColumn) => number) =>
    new Map(
      columns.flatMap((column, index) =>
        column.shrink === true ? [[index, Math.min(column.natural, floorOf(column))] as const] : [],
      ),
    );
  const labels = new Map(
    columns.flatMap((column, index) =>
      column.shrink !== true && column.align !== "right"
        ? [[index, Math.min(column.natural, Math.max(column.heading, LABEL_FLOOR))] as const]
        : [],
    ),
  );
  excess = level(
    widths,
    text((column) => Math.max(column.heading, Math.floor(maxWidth * TEXT_SHARE))),
    excess,
  );
  excess = level(widths, labels, excess);
  level(
    widths,
    text((column) => column.heading),
    excess,
  );
  return widths;
}
