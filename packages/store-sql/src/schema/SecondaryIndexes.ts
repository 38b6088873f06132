import type { Connection } from "../DialectInfo";
import type { RemitDatabase } from "./RemitDatabase";

/** A secondary index: its name, its table and its columns, in order. */
export interface SecondaryIndex {
  readonly name: string;
  readonly table: keyof RemitDatabase;
  readonly columns: readonly string[];
}

/**
 * The orders of sorted activity lists (migration 10), each ending in the id that breaks ties,
 * so a page in any order is a range of one index. Read backwards for descending orders.
 */
export const ACTIVITY_SORT_INDEXES: readonly SecondaryIndex[] = [
  { name: "activity_by_start", table: "activity", columns: ["period_start", "id"] },
  { name: "activity_by_title", table: "activity", columns: ["title_key", "id"] },
  { name: "activity_by_country", table: "activity", columns: ["country_key", "id"] },
  { name: "activity_by_kind", table: "activity", columns: ["kind_key", "id"] },
];

/**
 * The indexes that serve lookups but not writes. A bulk import into a store that is small
 * next to the import drops them and builds them again at the end of the same transaction:
 * building an index from sorted data once is several times faster than keeping it up to
 * date row by row.
 */
export const SECONDARY_INDEXES: readonly SecondaryIndex[] = [
  { name: "facet_by_value", table: "facet", columns: ["facet", "value", "record_id"] },
  { name: "audit_by_record", table: "audit", columns: ["kind", "id", "seq"] },
  { name: "observation_entry_by_block", table: "observation_entry", columns: ["indicator_id", "block", "id"] },
  { name: "observation_value_by_indicator", table: "observation_value", columns: ["indicator_id", "id"] },
  ...ACTIVITY_SORT_INDEXES,
];

/** Creates every secondary index (or those given) that does not exist yet. */
export async function createSecondaryIndexes(
  connection: Connection,
  indexes: readonly SecondaryIndex[] = SECONDARY_INDEXES,
): Promise<void> {
  for (const index of indexes) {
    await connection.schema
      .createIndex(index.name)
      .ifNotExists()
      .on(index.table)
      .columns([...index.columns])
      .execute();
  }
}

/** Drops every secondary index (inside a bulk import's transaction). */
export async function dropSecondaryIndexes(connection: Connection): Promise<void> {
  for (const index of SECONDARY_INDEXES) {
    await connection.schema.dropIndex(index.name).ifExists().execute();
  }
}
