import type { Connection, DialectInfo } from "../DialectInfo";
import { FACETS, facetCodesOf } from "../projection/Facets";
import { rebuildDerivedRows } from "./DerivedRows";
import { SECONDARY_INDEXES, createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * What aggregation needs in SQL: the `observation_value` table (each observation's buckets,
 * period keys, figure and counted coverage), facets of observations (countries, areas,
 * activities, citations) and of activities' relations (part of, may overlap). The derived
 * rows of observations and activities are rebuilt from `records`; records, revisions and the
 * audit trail are untouched.
 */
export async function createAggregationPartials(connection: Connection, dialect: DialectInfo): Promise<void> {
  let table = connection.schema
    .createTable("observation_value")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("indicator_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("year_bucket", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("month_bucket", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("start_key", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("end_key", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("is_share", "integer", (column) => column.notNull())
    .addColumn("value", "double precision")
    .addColumn("qualifier", "text")
    .addColumn("strict", "integer", (column) => column.notNull())
    .addColumn("multiplier", "text")
    .addColumn("unit", "text")
    .addColumn("counted_coverage", "text")
    .addColumn("counted_value", "text");
  if (dialect.clusteredTableSuffix !== undefined) table = table.modifyEnd(dialect.clusteredTableSuffix);
  await table.execute();

  await addFacetNames(connection);

  await connection
    .deleteFrom("facet")
    .where("facet", "in", [...facetCodesOf("activity"), ...facetCodesOf("observation")])
    .execute();
  await connection.deleteFrom("activity").execute();
  await connection.deleteFrom("observation_entry").execute();
  // Activities' rows are rebuilt by migration 10, in the layout the current projection writes.
  await rebuildDerivedRows(connection, dialect, ["observation"]);
  // The activity sort columns come with migration 10, and their indexes with them.
  await createSecondaryIndexes(
    connection,
    SECONDARY_INDEXES.filter((index) => index.table !== "activity"),
  );
}

/** Names the facets `facet_name` does not list yet (the facets this library added since). */
export async function addFacetNames(connection: Connection): Promise<void> {
  const known = new Set(
    (await connection.selectFrom("facet_name").select("facet").execute()).map((row) => Number(row.facet)),
  );
  const added = Object.values(FACETS).filter(({ code }) => !known.has(code));
  if (added.length > 0) {
    await connection
      .insertInto("facet_name")
      .values(added.map(({ code, kind, name }) => ({ facet: code, kind, name })))
      .execute();
  }
}
