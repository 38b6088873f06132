/**
 * @remit/store-sql: the SQL implementation of core's Store port that the SQLite and
 * PostgreSQL stores share: one Kysely code path for the schema and its migrations, records,
 * revisions, the audit trail, the queries and the transactional import.
 * @packageDocumentation
 */
export type { Connection, DialectInfo } from "./DialectInfo";
export type { RemitDatabase } from "./RemitDatabase";
export { ACTIVITY_VALUE_TABLES } from "./RemitDatabase";
export { MIGRATIONS, SCHEMA_VERSION, SchemaTooNew, migrate, type Migration, type MigrationReport } from "./Migrations";
export { makeSqlStore, type SqlStoreOptions } from "./SqlStore";
export { COLUMNS, type Row, type RowSink, type WrittenTable } from "./TableRows";
export { projectRecord, activitySearchText } from "./Projections";
export {
  SECONDARY_INDEXES,
  createSecondaryIndexes,
  dropSecondaryIndexes,
  type SecondaryIndex,
} from "./SecondaryIndexes";
export { IMPORT_BATCH_SIZE, DEFAULT_BULK_IMPORT_THRESHOLD } from "./ImportWriter";
