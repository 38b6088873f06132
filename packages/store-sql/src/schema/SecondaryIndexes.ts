import { sql } from "kysely";
import type { Connection } from "../DialectInfo";
import type { RemitDatabase } from "./RemitDatabase";

/** A secondary index: its name, its table and its columns, in order. */
export interface SecondaryIndex {
  readonly name: string;
  readonly table: keyof RemitDatabase;
  readonly columns: readonly string[];
  /** A column the index holds only the rows of where it is set (a partial index). */
  readonly onlyWhereSet?: string;
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
 * date row by row. Besides these, it drops and builds `FACET_START_INDEX` (migration 16) and
 * `ACTIVITY_PERIOD_INDEX` (migration 17) and `OBSERVATION_FORM_INDEX` (migration 18).
 */
export const SECONDARY_INDEXES: readonly SecondaryIndex[] = [
  { name: "facet_by_value", table: "facet", columns: ["facet", "value", "record_id"] },
  { name: "audit_by_record", table: "audit", columns: ["kind", "id", "seq"] },
  { name: "observation_entry_by_block", table: "observation_entry", columns: ["indicator_id", "block", "id"] },
  { name: "observation_value_by_indicator", table: "observation_value", columns: ["indicator_id", "id"] },
  ...ACTIVITY_SORT_INDEXES,
];

/**
 * Activities' facet rows in start order (migration 16): one value's activities latest first,
 * for a list sorted by start. Only rows with a start key are held (activities' rows of the
 * facets such a list may walk: `startOrderedFacetCodes`). Apart from `SECONDARY_INDEXES`,
 * which migrations 3 and 6 create before the column exists.
 */
export const FACET_START_INDEX: SecondaryIndex = {
  name: "facet_by_start",
  table: "facet",
  columns: ["facet", "value", "start_key", "record_id"],
  onlyWhereSet: "start_key",
};

/**
 * Activities' periods in id order (migration 17): a list filtered by a period, in id order,
 * with no facet value rare enough to drive, walks the activities by id and tests each one's
 * period. The `activity` table holds the search text too, several times wider than the id and
 * the period's two days, so that walk read a table page every few activities ("Africa in 2019"
 * steps over 1,800 activities at a million for its 50); this index holds only what it tests.
 */
export const ACTIVITY_PERIOD_INDEX: SecondaryIndex = {
  name: "activity_period_by_id",
  table: "activity",
  columns: ["id", "period_start", "period_end"],
};

/**
 * Figures by indicator and form (migration 18): whether a share, and the unit. Every
 * aggregation reads the figures that do not enter by partials (a share, or a unit other than
 * the indicator's: `leftOutOfPartialsSql`), which are few or none; without this index
 * PostgreSQL scanned every figure of the store to find them (40-190 ms at a million activities).
 */
export const OBSERVATION_FORM_INDEX: SecondaryIndex = {
  name: "observation_value_by_form",
  table: "observation_value",
  columns: ["indicator_id", "is_share", "unit"],
};

/** What a bulk import drops and builds again: every secondary index of the current schema. */
const CURRENT_SECONDARY_INDEXES: readonly SecondaryIndex[] = [
  ...SECONDARY_INDEXES,
  FACET_START_INDEX,
  ACTIVITY_PERIOD_INDEX,
  OBSERVATION_FORM_INDEX,
];

/** Creates every secondary index (or those given) that does not exist yet. */
export async function createSecondaryIndexes(
  connection: Connection,
  indexes: readonly SecondaryIndex[] = CURRENT_SECONDARY_INDEXES,
): Promise<void> {
  for (const index of indexes) {
    const created = connection.schema
      .createIndex(index.name)
      .ifNotExists()
      .on(index.table)
      .columns([...index.columns]);
    const column = index.onlyWhereSet;
    await (column === undefined ? created : created.where(sql.ref(column), "is not", null)).execute();
  }
}

/** Drops every secondary index (inside a bulk import's transaction). */
export async function dropSecondaryIndexes(connection: Connection): Promise<void> {
  for (const index of CURRENT_SECONDARY_INDEXES) {
    await connection.schema.dropIndex(index.name).ifExists().execute();
  }
}
