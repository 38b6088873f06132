import type { EntityKind } from "../store/EntityKind";
import type { CsvColumn, CsvField } from "./CsvField";

/** How records of one kind are laid out as CSV rows: ordered fields and their columns. */
export interface TabularCsvLayout {
  readonly kind: EntityKind;
  readonly tabular: true;
  /** What one row is, for the documentation. */
  readonly description: string;
  readonly fields: readonly CsvField[];
  /** Every column, in the order they are written. */
  readonly columns: readonly CsvColumn[];
}

/** A kind whose records do not fit a table; they are exchanged as JSON or JSON Lines only. */
export interface JsonOnlyCsvLayout {
  readonly kind: EntityKind;
  readonly tabular: false;
  /** Why, and what to use instead, in words a user can act on. */
  readonly reason: string;
}

/** The CSV layout of a kind of record: a table, or "JSON only". */
export type CsvLayout = TabularCsvLayout | JsonOnlyCsvLayout;

/** A layout from its fields, the columns taken in field order. */
export function tabularLayout(kind: EntityKind, description: string, fields: readonly CsvField[]): TabularCsvLayout {
  return { kind, tabular: true, description, fields, columns: fields.flatMap((field) => field.columns) };
}

/**
 * Asked for CSV of a kind that is exchanged as JSON only. Thrown by `recordToCsvRow` and
 * `csvHeader` when called without types (typed callers cannot name such a kind).
 */
export class JsonOnlyKind extends Error {
  readonly _tag = "JsonOnlyKind";

  constructor(
    readonly kind: EntityKind,
    reason: string,
  ) {
    super(reason);
    this.name = "JsonOnlyKind";
  }
}
