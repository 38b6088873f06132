import type { StoreError } from "@remit/core";
import { cliMessage, problemLines } from "../messages/CliMessage";
import { CliFailure, conflict, invalidInput, storeOrIoError } from "./CliFailure";
import { EXIT_CODES } from "./ExitCode";

/**
 * The CLI failure for a store error, with its exit code: a store that fails is 3, a stale
 * revision 4, invalid records, unknown ids and foreign cursors 1. The failure is worded from
 * the error's fields in the reader's language (the store's own message is English); the hint
 * says what to do at the command line.
 */
export function failureOfStoreError(error: StoreError): CliFailure {
  switch (error._tag) {
    case "StoreFailure":
      return storeOrIoError(cliMessage("store.failed", { problem: error.message }), error.cause ?? error);
    case "RevisionConflict": {
      const { kind, id, expected, actual } = error;
      const stale = cliMessage("store.staleRevision", { kind, id, expected, actual });
      return conflict(cliMessage("store.conflict", { problem: stale }), error);
    }
    case "NotFound": {
      const missing = cliMessage("store.noRecord", { kind: error.kind, id: error.id });
      return invalidInput([cliMessage("cli.named", { problem: cliMessage("store.notFound", { problem: missing }) })]);
    }
    case "InvalidCursor":
      return invalidInput([
        cliMessage("cli.named", { problem: cliMessage("store.foreignCursor", { cursor: error.cursor }) }),
      ]);
    case "InvalidRecord":
      return invalidInput(error.problems.length > 0 ? problemLines(error.problems) : [error.message]);
    case "ImportRejected":
      return new CliFailure({
        exitCode: EXIT_CODES.invalidInput,
        problems: [
          ...problemLines(error.problems),
          cliMessage("cli.named", {
            problem: cliMessage("store.importRejected", { problems: error.problems.length, records: error.read }),
          }),
        ],
      });
  }
}
