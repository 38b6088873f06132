import type { Connection, DialectInfo } from "./DialectInfo";
import { ACTIVITY_VALUE_TABLES } from "./RemitDatabase";
import { createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * The first schema: records as JSON text with revision and timestamps, the audit
 * trail, the index tables the queries read (activities by each multi-valued field and by
 * period, sessions by body, mandates by the bodies they ask reports of, observations by
 * indicator and block) and the kept per-block aggregations with their generations.
 */
export async function createSchemaV1(connection: Connection, dialect: DialectInfo): Promise<void> {
  const schema = connection.schema;
  await schema
    .createTable("records")
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("revision", "integer", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("updated_by", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("records_pk", ["kind", "id"])
    .execute();

  await schema
    .createTable("audit")
    .addColumn("seq", dialect.serialType, (column) => column.primaryKey())
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("revision", "integer", (column) => column.notNull())
    .addColumn("action", "text", (column) => column.notNull())
    .addColumn("actor", "text", (column) => column.notNull())
    .addColumn("at", "text", (column) => column.notNull())
    .execute();

  await schema
    .createTable("removed_records")
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("revision", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("removed_records_pk", ["kind", "id"])
    .execute();

  await schema
    .createTable("activity")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("period_start", "text")
    .addColumn("period_end", "text")
    .addColumn("search_text", "text", (column) => column.notNull())
    .execute();

  for (const table of ACTIVITY_VALUE_TABLES) {
    let builder = schema
      .createTable(table)
      .addColumn("activity_id", "text", (column) => dialect.idColumn(column.notNull()))
      .addColumn("value", "text", (column) => dialect.idColumn(column.notNull()))
      .addPrimaryKeyConstraint(`${table}_pk`, ["activity_id", "value"]);
    if (dialect.clusteredTableSuffix !== undefined) builder = builder.modifyEnd(dialect.clusteredTableSuffix);
    await builder.execute();
  }

  await schema
    .createTable("session_entry")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("body_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("number", "integer")
    .execute();

  await schema
    .createTable("observation_entry")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("indicator_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("block", "integer", (column) => column.notNull())
    .addColumn("period_start", "text")
    .addColumn("period_end", "text")
    .execute();

  await schema
    .createTable("aggregation_generation")
    .addColumn("indicator_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("block", "integer", (column) => column.notNull())
    .addColumn("generation", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("aggregation_generation_pk", ["indicator_id", "block"])
    .execute();

  await schema
    .createTable("aggregation_cache")
    .addColumn("indicator_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("block", "integer", (column) => column.notNull())
    .addColumn("shape", "text", (column) => column.notNull())
    .addColumn("stamp", "text", (column) => column.notNull())
    .addColumn("result", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("aggregation_cache_pk", ["indicator_id", "shape", "block"])
    .execute();

  let mandateReport = schema
    .createTable("mandate_report")
    .addColumn("mandate_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("body_id", "text", (column) => dialect.idColumn(column.notNull()))
    .addPrimaryKeyConstraint("mandate_report_pk", ["mandate_id", "body_id"]);
  if (dialect.clusteredTableSuffix !== undefined) mandateReport = mandateReport.modifyEnd(dialect.clusteredTableSuffix);
  await mandateReport.execute();

  await createSecondaryIndexes(connection);
}
