/**
 * @remit/store-sql: the SQL implementation of core's Store port that the SQLite and
 * PostgreSQL stores share: one Kysely code path for the schema and its migrations, records,
 * revisions, the audit trail, the queries and the transactional import.
 * @packageDocumentation
 */
export type { Connection, DialectInfo } from "./DialectInfo";
// Every table type, so that the RemitDatabase a Kysely user holds is documented in full.
export type * from "./schema/RemitDatabase";
export { MIGRATIONS, SCHEMA_VERSION, migrate, type Migration, type MigrationReport } from "./schema/Migrations";
export {
  StoreNotFound,
  SchemaTooNew,
  SchemaNeedsMigration,
  RegionMembershipOutdated,
  isStoreOpeningRefusal,
  type StoreOpeningRefusal,
  type SchemaVersions,
} from "./opening/StoreOpeningRefusal";
export { checkStoreVersion } from "./schema/StoreVersion";
export {
  readStoreStatus,
  schemaStateOf,
  type SchemaState,
  type StoreStatus,
  type AppliedMigration,
} from "./schema/StoreStatus";
export { makeSqlStore, type SqlStoreOptions } from "./SqlStore";
export { ownChangesOnly, type ChangeWatch } from "./changes/ChangeWatch";
export { makeSqlAccessTokens } from "./SqlAccessTokens";
export { COLUMNS, type Row, type RowSink, type WrittenTable } from "./projection/TableRows";
export { copyText } from "./projection/CopyText";
export { FACETS, type FacetName } from "./projection/Facets";
export { projectRecord, activitySearchText } from "./projection/Projections";
export {
  SECONDARY_INDEXES,
  createSecondaryIndexes,
  dropSecondaryIndexes,
  type SecondaryIndex,
} from "./schema/SecondaryIndexes";
export { IMPORT_BATCH_SIZE, DEFAULT_BULK_IMPORT_THRESHOLD } from "./import/ImportWriter";
