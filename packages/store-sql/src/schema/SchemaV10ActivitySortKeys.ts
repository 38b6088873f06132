import type { Connection, DialectInfo } from "../DialectInfo";
import { facetCodesOf } from "../projection/Facets";
import { rebuildDerivedRows } from "./DerivedRows";
import { ACTIVITY_SORT_INDEXES, createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * Sorted activity lists: the `activity` table gains the keys an activity is sorted by
 * (core's `activitySortKey` for title, country and kind; the period's first day was there),
 * every text column in byte order so that SQL sorts as core compares, and one index per
 * order. The table is made anew and the activities' derived rows rebuilt from `records`.
 */
export async function createActivitySortKeys(connection: Connection, dialect: DialectInfo): Promise<void> {
  await connection.schema.dropTable("activity").ifExists().execute();
  let activity = connection.schema
    .createTable("activity")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("period_start", "text", (column) => dialect.idColumn(column))
    .addColumn("period_end", "text", (column) => dialect.idColumn(column))
    .addColumn("search_text", "text", (column) => column.notNull())
    .addColumn("title_key", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("country_key", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("kind_key", "text", (column) => dialect.idColumn(column.notNull()));
  if (dialect.clusteredTableSuffix !== undefined) activity = activity.modifyEnd(dialect.clusteredTableSuffix);
  await activity.execute();
  await connection.deleteFrom("facet").where("facet", "in", facetCodesOf("activity")).execute();
  await rebuildDerivedRows(connection, dialect, ["activity"]);
  await createSecondaryIndexes(connection, ACTIVITY_SORT_INDEXES);
}
