/**
 * @remit/core/testing: the Store contract suite that every store adapter must pass, the
 * fast-check arbitraries of valid records of every entity kind, and the seeded synthetic records
 * that benchmarks and conformance tests generate by the million; and the small report records
 * the report engine is tested with wherever a report's content lives, and `queryStoreOf` to
 * run a store query over them; and `timeFuzzInput`, which times a fuzzed input so that a busy
 * machine is not taken for a slow parser.
 * @packageDocumentation
 */
export * from "./storeContract";
export { followChanges, type ChangeFollower } from "./contract/ChangeFollower";
export * from "./arbitraries/symbol";
export * from "./arbitraries/geo";
export * from "./arbitraries/body";
export * from "./arbitraries/session";
export * from "./arbitraries/discussion";
export * from "./arbitraries/mandate";
export * from "./arbitraries/instrument";
export * from "./arbitraries/activity";
export * from "./arbitraries/metric";
export * from "./synthetic/seededRandom";
export * from "./synthetic/syntheticActivity";
export * from "./synthetic/syntheticRecords";
export { reportFixture, reportFixtureEntries, FIXTURE_DOCUMENT } from "./ReportFixture";
export { queryStoreOf } from "./LoadedStore";
export { timeFuzzInput, type FuzzRun } from "./fuzz/FuzzInputTime";
