import type { ImportRejected, ImportReport, StoreFailure } from "@remit/core";
import { Store } from "@remit/core";
import { Effect } from "effect";
import { datasetImportEntries } from "./DatasetEntries";
import type { InvalidDataset } from "./DatasetProblem";
import { loadDataset } from "./LoadDataset";

/** Options of {@link seedStoreWith}. */
export interface SeedOptions {
  /** Who writes, for the store's audit trail (default "@remit/dataset"). */
  readonly actor?: string;
}

/**
 * Puts every record of the dataset into the `Store` in one all-or-nothing import, and reports
 * what was written and what was already there. Idempotent: the records have stable ids and
 * are stored as parsed, so seeding a store twice writes nothing the second time (every record
 * is counted `unchanged`). Fails with `InvalidDataset` when the data files do not validate,
 * before touching the store.
 * @example
 * const report = await Effect.runPromise(seedStoreWith({ actor: "demo" }).pipe(Effect.provide(InMemoryStore.layer())));
 */
export function seedStoreWith(
  options: SeedOptions = {},
): Effect.Effect<ImportReport, InvalidDataset | ImportRejected | StoreFailure, Store> {
  return Effect.gen(function* () {
    const loaded = loadDataset();
    if (!loaded.ok) return yield* Effect.fail(loaded.error);
    const store = yield* Store;
    return yield* store.importRecords(datasetImportEntries(loaded.value), {
      actor: options.actor ?? "@remit/dataset",
    });
  });
}

/**
 * {@link seedStoreWith} with the default actor: the Effect that seeds any `Store` with the
 * dataset.
 * @example const report = yield* seedStore; // report.written, report.unchanged
 */
export const seedStore: Effect.Effect<ImportReport, InvalidDataset | ImportRejected | StoreFailure, Store> =
  /* @__PURE__ */ seedStoreWith();
