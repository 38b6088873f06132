import type { ActivityValueTableName } from "./RemitDatabase";

/** The tables the store writes rows into, besides the migrations table. */
export type WrittenTable =
  | "records"
  | "audit"
  | "activity"
  | ActivityValueTableName
  | "session_entry"
  | "observation_entry"
  | "mandate_report"
  | "mandate_reference";

/**
 * The columns of each written table, in the order rows are given as positional arrays. A
 * fixed order lets a batch insert be compiled once and run with fresh values many times.
 */
export const COLUMNS = {
  records: ["kind", "id", "revision", "body", "created_at", "updated_at", "updated_by"],
  audit: ["kind", "id", "revision", "action", "actor", "at"],
  activity: ["id", "period_start", "period_end", "search_text"],
  activity_country: ["activity_id", "value"],
  activity_region: ["activity_id", "value"],
  activity_topic: ["activity_id", "value"],
  activity_kind: ["activity_id", "value"],
  activity_partner: ["activity_id", "value"],
  activity_audience: ["activity_id", "value"],
  activity_mandate: ["activity_id", "value"],
  session_entry: ["id", "body_id", "number"],
  observation_entry: ["id", "indicator_id", "block", "period_start", "period_end"],
  mandate_report: ["mandate_id", "body_id"],
  mandate_reference: ["mandate_id", "reference_key"],
} as const satisfies Record<WrittenTable, readonly string[]>;

/** A row as positional values, in the order of `COLUMNS[table]`. */
export type Row = readonly (string | number | null)[];

/** Something rows can be written to: a batch, or the statements of a single write. */
export interface RowSink {
  readonly add: (table: WrittenTable, row: Row) => void;
}

/** The tables that hold a kind's derived rows, keyed by the column that names the record. */
export const PROJECTION_TABLES: Readonly<Record<string, readonly { table: WrittenTable; key: string }[]>> = {
  activity: [
    { table: "activity", key: "id" },
    { table: "activity_country", key: "activity_id" },
    { table: "activity_region", key: "activity_id" },
    { table: "activity_topic", key: "activity_id" },
    { table: "activity_kind", key: "activity_id" },
    { table: "activity_partner", key: "activity_id" },
    { table: "activity_audience", key: "activity_id" },
    { table: "activity_mandate", key: "activity_id" },
  ],
  session: [{ table: "session_entry", key: "id" }],
  observation: [{ table: "observation_entry", key: "id" }],
  mandate: [
    { table: "mandate_report", key: "mandate_id" },
    { table: "mandate_reference", key: "mandate_id" },
  ],
};
