import type { RecordProblem, StoreError } from "@remit/core";
import { formatRecordProblem } from "@remit/core";
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
      return storeOrIoError(
        `${error.message} (check --db or REMIT_DB, that the store exists, and that the database is reachable)`,
        error.cause ?? error,
      );
    case "RevisionConflict":
      return conflict(`${error.message} Read the record again, then retry.`, error);
    case "NotFound":
      return invalidInput([`remit: ${error.message} (see \`remit list\` for the ids in this store)`]);
    case "InvalidCursor":
      return invalidInput([`remit: ${error.message}`]);
    case "InvalidRecord":
      return invalidInput(error.problems.length > 0 ? problemLines(error.problems) : [error.message]);
    case "ImportRejected":
      return new CliFailure({
        exitCode: EXIT_CODES.invalidInput,
        problems: [
          ...problemLines(error.problems),
          `remit: nothing was imported: ${plural(error.problems.length, "problem")} in the ${plural(error.read, "record")} read; fix them, or re-run with --skip-invalid to import the valid records`,
        ],
      });
  }
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}
