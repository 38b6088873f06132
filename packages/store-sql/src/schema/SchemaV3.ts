import type { Connection, DialectInfo } from "../DialectInfo";
import { FACETS } from "../projection/Facets";
import { rebuildDerivedRows } from "./DerivedRows";
import { V1_ACTIVITY_VALUE_TABLES } from "./SchemaV1";
import { SECONDARY_INDEXES, createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * One facets table instead of fifteen index tables: the activity_* tables, `session_entry`,
 * `mandate_report` (0.1.0) and `mandate_reference` (migration 2) become rows of `facet`
 * (record, facet code, value), and the
 * `activity` table (period and search text) is clustered by id. A database written by 0.1.0
 * keeps its records, revisions and audit trail; the derived rows are rebuilt from `records`.
 */
export async function createSchemaV3(connection: Connection, dialect: DialectInfo): Promise<void> {
  const schema = connection.schema;
  for (const table of [
    ...V1_ACTIVITY_VALUE_TABLES,
    "session_entry",
    "mandate_report",
    "mandate_reference",
    "activity",
  ]) {
    await schema.dropTable(table).ifExists().execute();
  }

  let facet = schema
    .createTable("facet")
    .addColumn("record_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("facet", "integer", (column) => column.notNull())
    .addColumn("value", "text", (column) => dialect.idColumn(column.notNull()))
    .addPrimaryKeyConstraint("facet_pk", ["record_id", "facet", "value"]);
  if (dialect.clusteredTableSuffix !== undefined) facet = facet.modifyEnd(dialect.clusteredTableSuffix);
  await facet.execute();

  await schema
    .createTable("facet_name")
    .addColumn("facet", "integer", (column) => column.primaryKey())
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .execute();
  await connection
    .insertInto("facet_name")
    .values(Object.values(FACETS).map(({ code, kind, name }) => ({ facet: code, kind, name })))
    .execute();

  let activity = schema
    .createTable("activity")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("period_start", "text")
    .addColumn("period_end", "text")
    .addColumn("search_text", "text", (column) => column.notNull());
  if (dialect.clusteredTableSuffix !== undefined) activity = activity.modifyEnd(dialect.clusteredTableSuffix);
  await activity.execute();

  // Activities' rows are written by the current projection, in the layout of migration 10,
  // which rebuilds them: this table cannot hold them yet.
  await rebuildDerivedRows(connection, dialect, ["session", "mandate"]);
  // The indexes of tables (and columns) that later migrations add are theirs to create.
  await createSecondaryIndexes(
    connection,
    SECONDARY_INDEXES.filter((index) => index.table !== "observation_value" && index.table !== "activity"),
  );
}
