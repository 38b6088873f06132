import type { AnyEntity, ImportEntry } from "@remit/core";
import type { Dataset } from "./Dataset";
import { recordsOf } from "./Dataset";
import { DATASET_FILES } from "./DatasetFiles";

/**
 * Every record of a dataset with its kind, in file order (bodies first, observations last),
 * each file's records in their order.
 * @example for (const { kind, record } of datasetEntries(dataset)) console.log(kind, record.id);
 */
export function* datasetEntries(dataset: Dataset): Generator<AnyEntity> {
  for (const { kind } of DATASET_FILES) {
    for (const record of recordsOf(dataset, kind)) yield { kind, record } as AnyEntity;
  }
}

/**
 * The dataset as a store import source: every record as an `ImportEntry` naming the data
 * file it came from, for `Store.importRecords`.
 */
export async function* datasetImportEntries(dataset: Dataset): AsyncGenerator<ImportEntry> {
  for (const { kind, file } of DATASET_FILES) {
    for (const record of recordsOf(dataset, kind)) yield { kind, record, file };
  }
}
