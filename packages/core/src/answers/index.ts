/**
 * Answers read from a store: a session's decision 18/1 check, a mandate's lineage as a reader
 * sees it. Kept apart from the record kinds' folders because they use the Store port, which
 * itself names every kind.
 * @module
 */
export * from "./SessionCheck";
export * from "./LineageView";
export { lineageLines } from "./LineageLines";
