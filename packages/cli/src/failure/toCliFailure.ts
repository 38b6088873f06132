import { Predicate } from "effect";
import { invalidInput, isCliFailure, storeOrIoError, type CliFailure } from "./CliFailure";
import { isStoreError } from "@remit/core";
import { cliMessage } from "../messages/CliMessage";
import { failureOfStoreError } from "./StoreErrorFailure";

/**
 * Any failure of a command's handler as a CliFailure: CliFailures as they are, the store's
 * tagged errors by their meaning (see `failureOfStoreError`), the dataset's own problems as
 * invalid input, and anything else as a store or I/O failure that --verbose explains.
 */
export function toCliFailure(error: unknown): CliFailure {
  if (isCliFailure(error)) return error;
  if (isStoreError(error)) return failureOfStoreError(error);
  if (Predicate.isTagged(error, "InvalidDataset") && Predicate.hasProperty(error, "message")) {
    return invalidInput([cliMessage("store.datasetInvalid", { problem: String(error.message) })]);
  }
  return storeOrIoError(error instanceof Error ? error.message : String(error), error);
}
