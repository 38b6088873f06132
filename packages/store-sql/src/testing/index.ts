/**
 * @remit/store-sql/testing: the suites every SQL store (SQLite, PostgreSQL) runs against a real
 * database — import of files, aggregation in SQL, the audit trail, concurrent writers, a
 * database written by an earlier release — with their helpers, and the writer of synthetic
 * import files that the tests and benchmarks read.
 * @packageDocumentation
 */
export * from "./StoreAccess";
export * from "./ImportFileRules";
export * from "./AggregationRules";
export * from "./KeptPartialsRules";
export * from "./AuditRules";
export * from "./ConcurrentWriterRules";
export * from "./ReleasedDatabaseRules";
export * from "./KilledChild";
export * from "./writeSyntheticActivities";
export * from "./SharedChangeRules";
export * from "./RegionRowsMigrationRules";
export * from "./RegionMembershipRules";
export * from "./OpeningRefusalOf";
export * from "./FacetStartKeysMigrationRules";
