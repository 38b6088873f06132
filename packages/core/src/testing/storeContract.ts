import { describe } from "vitest";
import { activityCountRules } from "./contract/activityCountRules";
import { activityRules } from "./contract/activityRules";
import { changeRules } from "./contract/changeRules";
import { aggregationPartialRules } from "./contract/aggregationPartialRules";
import { findRules } from "./contract/findRules";
import { generationRules } from "./contract/generationRules";
import { importRules } from "./contract/importRules";
import { activityObservationRules } from "./contract/activityObservationRules";
import { lineageRules } from "./contract/lineageRules";
import { listRules } from "./contract/listRules";
import { mandateLookupRules } from "./contract/mandateLookupRules";
import { observationRules } from "./contract/observationRules";
import { recordRules } from "./contract/recordRules";
import { sessionRules } from "./contract/sessionRules";
import { sortRules } from "./contract/sortRules";
import { storeHarness, type MakeStoreLayer } from "./contract/StoreHarness";
import { writeRules } from "./contract/writeRules";

export type { MakeStoreLayer, StoreLayer } from "./contract/StoreHarness";
export { ARBITRARY_RECORDS } from "./contract/sampleRecords";

/** Settings of the contract suite. */
export interface StoreContractOptions {
  /** Runs of each property test (default 25: enough to find disagreements, quick enough for SQL stores). */
  readonly numRuns?: number;
  /** A fast-check seed, to replay a failing property run; random when not given. */
  readonly seed?: number;
  /** Timeout of each test in milliseconds (default: the project's vitest setting). */
  readonly timeout?: number;
}

const DEFAULT_NUM_RUNS = 25;

/**
 * Registers the Store contract suite with vitest: every rule of core's `Store` port, checked
 * against a real store, no mocks. Every adapter runs it; passing it is what "implements the
 * Store" means.
 *
 * `makeLayer` is called once for EVERY test and must give a new, EMPTY store. The suite builds
 * the layer, runs one test, then releases the layer, so a scoped layer can set up and tear
 * down whatever the store lives in (a temporary SQLite file, a PostgreSQL schema). Property
 * tests run all their cases against one store (they keep their own model of its content).
 *
 * Covered: round trips of every entity kind (property); revisions, unchanged puts, stale and
 * "absent" expected revisions, removal and re-creation, the audit trail, the generation, the changes
 * a subscriber hears; InvalidRecord with
 * every problem; pagination by cursor, page-size clamping, foreign cursors; findActivities,
 * its sorted pages against `compareActivities` (property), find (every searchable kind), findMandate, reportsDue (with and without the reports
 * deferred away) and aggregateObservations against core's pure `matchesActivityFilter`,
 * `matchesFilter`, `findMandateIn`, `dueReports` and `aggregate`, countActivities against
 * `countActivitiesByFacet` (properties); sessionsOf order; imports (all-or-nothing,
 * skipInvalid, idempotence, progress, a failing source); two concurrent writers.
 * @example
 * // packages/store-sqlite/test/SqliteStore.contract.test.ts: a new database file per test
 * // (tempStoreLayer opens SqliteStore.layer({ path }) on a file in a new temporary folder).
 * import { storeContract } from "@remit/core/testing";
 * storeContract("SqliteStore", () => tempStoreLayer(), { timeout: 60_000 });
 *
 * // packages/core/src/store/InMemoryStore.test.ts: core's own store.
 * storeContract("InMemoryStore", () => InMemoryStore.layer());
 */
export function storeContract(name: string, makeLayer: MakeStoreLayer, options: StoreContractOptions = {}): void {
  const harness = storeHarness(makeLayer, {
    numRuns: options.numRuns ?? DEFAULT_NUM_RUNS,
    seed: options.seed,
    timeout: options.timeout,
  });
  describe(`${name} keeps the Store contract`, () => {
    recordRules(harness);
    writeRules(harness);
    generationRules(harness);
    changeRules(harness);
    listRules(harness);
    activityRules(harness);
    sortRules(harness);
    findRules(harness);
    mandateLookupRules(harness);
    sessionRules(harness);
    lineageRules(harness);
    observationRules(harness);
    activityObservationRules(harness);
    aggregationPartialRules(harness);
    activityCountRules(harness);
    importRules(harness);
  });
}
