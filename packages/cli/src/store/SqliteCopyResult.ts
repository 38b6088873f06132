import type { BackupReport } from "@remit/store-sqlite";
import type { CliContext } from "../command/CliContext";
import { say } from "../messages/CliMessage";
import { printResult } from "../output/PrintResult";

/**
 * Prints a SQLite store copied page by page to or from `file` (`remit db backup` and
 * `remit db restore`): with --json the document, else the sentence of `outcome`.
 */
export function printSqliteCopy(
  context: CliContext,
  file: string,
  copy: BackupReport,
  outcome: "outcome.backedUpSqlite" | "outcome.restoredSqlite",
) {
  const store = context.store.shown;
  return printResult(context, { store, file, format: "sqlite", pages: copy.pages, schemaVersion: copy.schemaVersion }, [
    say(context.language, outcome, { store, file, pages: copy.pages, version: copy.schemaVersion }),
  ]);
}
