import { StoreFailure } from "@remit/core";

/** An import source that failed while it was read (in this thread or the reading thread): nothing was imported. */
export function importSourceFailure(cause: unknown): StoreFailure {
  return new StoreFailure({
    operation: "importRecords",
    message: `Reading the import source failed, so nothing was imported: ${cause instanceof Error ? cause.message : String(cause)}`,
    cause,
  });
}
