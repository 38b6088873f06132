import type { RecordProblem, StoreError } from "@remit/core";
import { formatRecordProblem } from "@remit/core";
import { cliMessage } from "../messages/CliMessage";
import { CliFailure, conflict, invalidInput, storeOrIoError } from "./CliFailure";
import { EXIT_CODES } from "./ExitCode";

/** One line per record problem: `file:line: path: what (expected …)`. */
export function problemLines(problems: readonly RecordProblem[]): string[] {
  return problems.map(formatRecordProblem);
}

/**
 * The CLI failure for a store error, with its exit code: a store that fails is 3, a stale
 * revision 4, invalid records, unknown ids and foreign cursors 1. The store's own message
 * says where and what; the hint says what to do at the command line.
 */
export function failureOfStoreError(error: StoreError): CliFailure {
  switch (error._tag) {
    case "StoreFailure":
      return storeOrIoError(cliMessage("store.failed", { problem: error.message }), error.cause ?? error);
    case "RevisionConflict":
      return conflict(cliMessage("store.conflict", { problem: error.message }), error);
    case "NotFound":
      return invalidInput([
        cliMessage("cli.named", { problem: cliMessage("store.notFound", { problem: error.message }) }),
      ]);
    case "InvalidCursor":
      return invalidInput([`remit: ${error.message}`]);
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
