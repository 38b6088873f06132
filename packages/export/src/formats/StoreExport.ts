import type { ActivityFilter, EntityKind, ReadError, Store } from "@remit/core";
import { activityObservations, pullingRecords, recordSources } from "@remit/core";
import { Effect } from "effect";
import type { ExportFormat } from "./ExportFormats";
import { exportRecords, type ExportRecordsOptions } from "./ExportRecords";

/** How a store's records are exported (the writer's options, and a count of the records read). */
export interface StoreExportOptions extends Omit<ExportRecordsOptions, "observationsOf"> {
  /**
   * Called for each record of the exported `kinds` read from the store (a progress bar counts
   * them); the context an IATI file reads besides (mandates, indicators, bodies) is not counted.
   */
  readonly onRecord?: () => void;
}

/**
 * The `kinds` (from `exportKinds`) of the current Store as a file in `format`: the activities
 * that match `filter` and every record of the other kinds, read a page at a time as the
 * output is pulled, an IATI file's observations a page of activities at a time. What a command
 * line and an HTTP API both export. A store that fails before the first chunk fails the effect
 * with its own tagged error; one that fails later is thrown out of the output, as
 * `pullingRecords` says.
 * @example const output = yield* exportStore("csv", ["activity"], { countries: ["KE"] }, { bom: true })
 */
export function exportStore(
  format: ExportFormat,
  kinds: readonly EntityKind[],
  filter: ActivityFilter,
  options: StoreExportOptions = {},
): Effect.Effect<AsyncIterable<string | Uint8Array> | string, ReadError, Store> {
  return Effect.gen(function* () {
    const { onRecord, ...writing } = options;
    const records = yield* recordSources(filter, onRecord);
    const context = onRecord === undefined ? records : yield* recordSources(filter);
    const observationsOf = yield* activityObservations();
    return yield* pullingRecords(() => exportRecords(format, kinds, records, context, { ...writing, observationsOf }));
  });
}
