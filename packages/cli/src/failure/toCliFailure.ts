import { CliFailure, storeOrIoError } from "./CliFailure";
import { isStoreError } from "@remit/core";
import { cliMessage } from "../messages/CliMessage";
import { failureOfStoreError } from "./StoreErrorFailure";

/**
 * Any failure of a command's handler as a CliFailure: CliFailures as they are, the store's
 * tagged errors by their meaning (see `failureOfStoreError`), the dataset's own problems as
 * invalid input, and anything else as a store or I/O failure that --verbose explains.
 */
export function toCliFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  if (isStoreError(error)) return failureOfStoreError(error);
  if (isInvalidDataset(error)) {
    return new CliFailure({
      exitCode: 1,
      problems: [cliMessage("store.datasetInvalid", { problem: error.message })],
    });
  }
  return storeOrIoError(error instanceof Error ? error.message : String(error), error);
}

function isInvalidDataset(error: unknown): error is { readonly _tag: "InvalidDataset"; readonly message: string } {
  return (
    typeof error === "object" && error !== null && (error as { readonly _tag?: unknown })._tag === "InvalidDataset"
  );
}
