import type { Connection, DialectInfo } from "../DialectInfo";

/** Remit 0.1.0's index tables of activities, one per multi-valued field. Frozen: migration 2 replaces them. */
export const V1_ACTIVITY_VALUE_TABLES = [
  "activity_country",
  "activity_region",
  "activity_topic",
  "activity_kind",
  "activity_partner",
  "activity_audience",
  "activity_mandate",
] as const;

/** Remit 0.1.0's secondary indexes: name, table, columns. Frozen, as the schema 0.1.0 wrote. */
const V1_SECONDARY_INDEXES: readonly (readonly [string, string, readonly string[]])[] = [
  ...V1_ACTIVITY_VALUE_TABLES.map((table) => [`${table}_by_value`, table, ["value", "activity_id"]] as const),
  ["activity_by_period_start", "activity", ["period_start"]],
  ["audit_by_record", "audit", ["kind", "id", "seq"]],
  ["session_entry_by_body", "session_entry", ["body_id", "number", "id"]],
  ["mandate_report_by_body", "mandate_report", ["body_id", "mandate_id"]],
  ["observation_entry_by_block", "observation_entry", ["indicator_id", "block", "id"]],
];

/**
 * The first schema: records as JSON text with revision and timestamps, the audit
 * trail, the index tables the queries read (activities by each multi-valued field and by
 * period, sessions by body, mandates by the bodies they ask reports of, observations by
 * indicator and block) and the kept per-block aggregations with their generations. This is
 * the schema Remit 0.1.0 wrote; it is never changed, later migrations transform it.
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

  for (const table of V1_ACTIVITY_VALUE_TABLES) {
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

  for (const [name, table, columns] of V1_SECONDARY_INDEXES) {
    await schema
      .createIndex(name)
      .ifNotExists()
      .on(table)
      .columns([...columns])
      .execute();
  }
}
