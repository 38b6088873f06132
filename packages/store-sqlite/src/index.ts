/**
 * @remit/store-sqlite: core's Store port on a single SQLite file (better-sqlite3 and Kysely),
 * the embedded default. Migrations on open, WAL, audit trail, queries and bulk import come
 * from the SQL code path shared with the PostgreSQL store.
 * @packageDocumentation
 */
export { SqliteStore, type SqliteStoreOptions } from "./SqliteStore";
export { isSqliteDatabaseFile, type BackupReport } from "./SqliteBackup";
export type { SqliteStatus } from "./SqliteStatus";
export { sqliteDialectInfo } from "./SqliteDialectInfo";
export { sqliteDriver, SQLITE_DRIVER_PACKAGE, type SqliteDriver } from "./SqliteDriver";
export type { MigrationReport, StoreStatus, AppliedMigration } from "@remit/store-sql";
