import type { EntityKind, EntityOf } from "@remit/core";
import type { DatasetKey } from "./DatasetFiles";
import { DATASET_KEYS } from "./DatasetFiles";

/**
 * The validated records of the two seed documents, by kind: what `loadDataset` returns.
 * Every record has passed core's schema for its kind (so document symbols, citations and
 * agenda numbers are in normalised form) and every id it names resolves within the dataset.
 */
export type Dataset = { readonly [K in EntityKind as DatasetKey<K>]: readonly EntityOf<K>[] };

/** How many records of each kind a dataset holds. */
export type DatasetCounts = Readonly<Record<EntityKind, number>>;

/**
 * The records of one kind: `recordsOf(dataset, "mandate")` is `dataset.mandates`, typed.
 * @example recordsOf(dataset, "activity").filter((activity) => activity.kind === "training")
 */
export function recordsOf<K extends EntityKind>(dataset: Dataset, kind: K): readonly EntityOf<K>[] {
  // The mapped type guarantees this pairing; TypeScript cannot follow it through the index.
  return dataset[DATASET_KEYS[kind]] as readonly EntityOf<K>[];
}

/**
 * Counts the records of each kind.
 * @example datasetCounts(dataset).activity // 30
 */
export function datasetCounts(dataset: Dataset): DatasetCounts {
  const kinds = Object.keys(DATASET_KEYS) as EntityKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, recordsOf(dataset, kind).length])) as Record<EntityKind, number>;
}
