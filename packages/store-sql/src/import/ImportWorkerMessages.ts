import type { ReadOptions } from "@remit/core";
import type { CheckedEntry } from "./CheckedEntry";

/** What the import's thread gives its worker when it starts it. */
export interface ImportWorkerSetup {
  readonly options: ReadOptions;
  /** Entries per message. */
  readonly batchSize: number;
  /** Messages sent and not yet taken by the writer, at most: what bounds the memory between the two. */
  readonly batchesAhead: number;
}

/** From the import's thread: the next bytes of the source, its end, or how far the writer has got. */
export type ToImportWorker =
  { readonly chunk: Uint8Array } | { readonly end: true } | { readonly taken: number; readonly preparing: boolean };

/**
 * From the worker: the next checked entries, the end, or (when it has read every chunk sent)
 * only how far it has read; `consumed` counts the chunks it has read.
 */
export type FromImportWorker =
  | { readonly consumed: number }
  | { readonly batch: readonly CheckedEntry[]; readonly consumed: number }
  | { readonly done: true; readonly consumed: number };
