/**
 * The building blocks of a CSV layout: a field of a record and the columns it is written in.
 * Fields address the record by a path ("period.start"), so nested values that flatten
 * naturally get their own columns, and the reader builds the nesting back.
 */

/** One column of a layout, as documented in CSV_LAYOUTS.md. */
export interface CsvColumn {
  /** The header cell: `id`, `title_en`, `period_start`. */
  readonly header: string;
  /** What the column holds, in words. */
  readonly meaning: string;
  /** How the cell is written: "text", "whole number", "list (;)", "JSON", … */
  readonly format: string;
}

/** A field path inside a record, as RecordProblem reports it. */
export type FieldPath = readonly (string | number)[];

/** Something wrong with a cell: its column, the record field it fills, and what is wrong. */
export interface CellProblem {
  readonly column: string;
  readonly path: FieldPath;
  readonly reason: string;
  readonly expected?: string;
}

/**
 * A field of a record (or a group of fields read together) and its columns, in order.
 * `read` gets one cell per column, `undefined` for a column the file does not have.
 */
export interface CsvField {
  readonly columns: readonly CsvColumn[];
  /** The record fields it writes and reads, as paths (for checking a layout covers a schema). */
  readonly paths: readonly FieldPath[];
  /** Whether a header must hold (at least one of) the columns. */
  readonly required: boolean;
  /** The columns that satisfy `required` (any one of them); all the field's columns when not given. */
  readonly requiredColumns?: readonly string[];
  /** The cells of the field for a record, one per column; "" when the value is absent. */
  readonly write: (record: unknown) => string[];
  /** Puts the value the cells hold into `record`; an empty cell leaves the value absent. */
  readonly read: (cells: readonly (string | undefined)[], record: Record<string, unknown>) => CellProblem[];
}

/** Splits a dotted path: "scope.period.start" → ["scope", "period", "start"]. */
export function pathOf(dotted: string): string[] {
  return dotted.split(".");
}

/** The value at a path, or undefined when any step is absent. */
export function getPath(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Sets the value at a path, creating the objects on the way. */
export function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = record;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next === "object" && next !== null) {
      target = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      target[key] = created;
      target = created;
    }
  }
  const last = path.at(-1);
  if (last !== undefined) target[last] = value;
}

/** How a single-column value is written and read back. */
export interface CellCodec {
  readonly format: string;
  readonly write: (value: unknown) => string;
  /** The value of a non-empty cell, or a problem. */
  readonly read: (
    cell: string,
  ) => { readonly value: unknown } | { readonly reason: string; readonly expected?: string };
}

/** Options of a single-column field. */
export interface ColumnOptions {
  /** The column must be in the header (the field is required by the schema). */
  readonly required?: boolean;
  /** The format shown in the documentation, when more precise than the codec's. */
  readonly format?: string;
  /**
   * For lists the schema requires: an empty list is written as an empty cell, and an empty
   * cell or a missing column reads as an empty list (rather than an absent field).
   */
  readonly emptyIsList?: boolean;
}

/**
 * A field written in one column with a codec. An empty cell leaves the field absent, or is
 * an empty list with `options.emptyIsList`.
 */
export function column(
  header: string,
  dotted: string,
  meaning: string,
  codec: CellCodec,
  options: ColumnOptions = {},
): CsvField {
  const path = pathOf(dotted);
  return {
    columns: [{ header, meaning, format: options.format ?? codec.format }],
    paths: [path],
    required: options.required ?? false,
    write: (record) => {
      const value = getPath(record, path);
      if (value === undefined || (options.emptyIsList === true && Array.isArray(value) && value.length === 0))
        return [""];
      return [codec.write(value)];
    },
    read: ([cell], record) => {
      if (cell === undefined || cell === "") {
        if (options.emptyIsList === true) setPath(record, path, []);
        return [];
      }
      const result = codec.read(cell);
      if ("value" in result) {
        setPath(record, path, result.value);
        return [];
      }
      return [
        {
          column: header,
          path,
          reason: result.reason,
          ...(result.expected === undefined ? {} : { expected: result.expected }),
        },
      ];
    },
  };
}
