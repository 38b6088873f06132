// Not cli-table3 0.6.5: borderless and given the widths (ColumnWidths.ts) it draws this layout,
// the rule under the heading included, but it measures text with string-width 4, which counts
// a voweled Arabic title, "مَرْحَبًا" (5 columns), as 9, so the next column starts 4 columns
// early; it also pads the last cell. `table` 6.10 measures with string-width 4 too.
import { shareWidth } from "./ColumnWidths";
import { displayWidth, padToWidth, singleLine, truncateToWidth } from "./TextWidth";

/** A column of a table: its heading, and whether it is free text, cut first to fit the terminal. */
export interface TableColumn {
  readonly heading: string;
  /** Free text (titles): cut first (with "…") when the table is wider than the terminal, down to a third of the line. */
  readonly shrink?: boolean;
  /** Numbers read better right-aligned. */
  readonly align?: "left" | "right";
}

/** A table: columns and rows of cells, one string per column. */
export interface Table {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
}

const GAP = "  ";

function widthsFor(table: Table, maxWidth: number): number[] {
  const sized = table.columns.map((column, index) => ({
    natural: Math.max(
      displayWidth(column.heading),
      ...table.rows.map((row) => displayWidth(singleLine(row[index] ?? ""))),
    ),
    heading: displayWidth(column.heading),
    ...(column.shrink === undefined ? {} : { shrink: column.shrink }),
    ...(column.align === undefined ? {} : { align: column.align }),
  }));
  return shareWidth(sized, maxWidth, GAP.length);
}

function renderRow(cells: readonly string[], table: Table, widths: readonly number[]): string {
  return table.columns
    .map((column, index) => {
      const width = widths[index] ?? 0;
      const text = truncateToWidth(singleLine(cells[index] ?? ""), width);
      if (column.align === "right") return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
      return index === table.columns.length - 1 ? text : padToWidth(text, width);
    })
    .join(GAP)
    .trimEnd();
}

/**
 * A table for a terminal: a heading row, a rule, and the rows, in columns aligned by display
 * width (Chinese takes two columns a character), cut to `maxWidth` by sharing the line
 * between the columns (`shareWidth`: titles keep a third of it, identifiers give way next). Values keep their characters and logical order (Arabic included).
 * @example renderTable({ columns: [{ heading: "ID" }, { heading: "TITLE", shrink: true }], rows: [["ccpcj-30", "30th session"]] }, 80)
 */
export function renderTable(table: Table, maxWidth: number, bold: (text: string) => string = (text) => text): string[] {
  const widths = widthsFor(table, maxWidth);
  const heading = renderRow(
    table.columns.map((column) => column.heading),
    table,
    widths,
  );
  const rule = widths.map((width) => "─".repeat(width)).join(GAP);
  return [bold(heading), rule, ...table.rows.map((row) => renderRow(row, table, widths))];
}

/**
 * Rows as plain lines for a pipe: cells separated by tabs, never cut or padded, with no
 * heading, so `cut -f1`, `grep` and `sort` work on them.
 * @example renderPlain({ columns, rows: [["ccpcj-30", "30th session"]] }) // ["ccpcj-30\t30th session"]
 */
export function renderPlain(table: Table): string[] {
  return table.rows.map((row) => row.map((cell) => singleLine(cell)).join("\t"));
}
