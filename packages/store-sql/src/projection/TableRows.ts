import type { EntityKind } from "@remit/core";

/** The tables the store writes rows into, besides the migrations table. */
export type WrittenTable = "records" | "audit" | "activity" | "facet" | "observation_entry" | "observation_value";

/**
 * The columns of each written table, in the order rows are given as positional arrays. A
 * fixed order lets a batch insert be compiled once and run with fresh values many times. The
 * projection gives every column; a migration may give fewer values (facet rows before
 * migration 16 had three), which fill the first columns (see `BatchInserter`).
 */
export const COLUMNS = {
  records: ["kind", "id", "revision", "body", "created_at", "updated_at", "updated_by"],
  audit: ["kind", "id", "revision", "action", "actor", "at"],
  activity: ["id", "period_start", "period_end", "search_text", "title_key", "country_key", "kind_key"],
  // An activity's facet rows carry its start key (migration 16); other records' rows hold null.
  facet: ["record_id", "facet", "value", "start_key"],
  observation_entry: ["id", "indicator_id", "block", "period_start", "period_end"],
  observation_value: [
    "id",
    "indicator_id",
    "year_bucket",
    "month_bucket",
    "start_key",
    "end_key",
    "is_share",
    "value",
    "qualifier",
    "strict",
    "multiplier",
    "unit",
    "counted_coverage",
    "counted_value",
  ],
} as const satisfies Record<WrittenTable, readonly string[]>;

/** A row as positional values, in the order of `COLUMNS[table]`. */
export type Row = readonly (string | number | null)[];

/** Something rows can be written to: a batch, or the statements of a single write. */
export interface RowSink {
  readonly add: (table: WrittenTable, row: Row) => void;
}

/**
 * The tables holding a kind's derived rows besides `facet` (whose rows are found by record id
 * and the kind's facet codes), keyed by the column that names the record.
 */
export const PROJECTION_TABLES: Partial<Record<EntityKind, readonly { table: WrittenTable; key: string }[]>> = {
  activity: [{ table: "activity", key: "id" }],
  observation: [
    { table: "observation_entry", key: "id" },
    { table: "observation_value", key: "id" },
  ],
};
