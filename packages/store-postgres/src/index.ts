/**
 * @remit/store-postgres: core's Store port on PostgreSQL (pg and Kysely), for teams sharing
 * one server. Migrations on open, audit trail, queries and bulk import come from the SQL
 * code path shared with the SQLite store.
 * @packageDocumentation
 */
export { PostgresStore, type PostgresStoreOptions } from "./PostgresStore";
export { DEFAULT_DATABASE_URL, resolveDatabaseUrl, type PostgresConnectionOptions } from "./PostgresConnection";
export { postgresDialectInfo } from "./PostgresDialectInfo";
export { readPostgresLocation, type PostgresLocation, type PostgresLocationRefusal } from "./PostgresLocation";
export type { MigrationReport, StoreStatus, AppliedMigration } from "@remit/store-sql";
