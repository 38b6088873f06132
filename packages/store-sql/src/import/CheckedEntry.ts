import { checkImportEntry, type ImportEntry, type RecordProblem } from "@remit/core";
import { prepareRecord, type PreparedRecord } from "./PreparedRecord";

/** An entry that failed validation, with every problem found (file, line and field path). */
export interface RejectedEntry {
  readonly problems: readonly RecordProblem[];
}

/**
 * An import entry once validated, in input order: the record prepared for its batch, its
 * problems, or `null` for a valid record left unprepared because nothing more will be written.
 */
export type CheckedEntry = PreparedRecord | RejectedEntry | null;

/** Whether a checked entry was rejected. */
export function isRejected(entry: CheckedEntry): entry is RejectedEntry {
  return entry !== null && "problems" in entry;
}

/**
 * Validates one entry and, when it is valid and `preparing`, prepares it for its batch: the
 * one step the import's thread and its reading thread (`ImportWorker.ts`) both take.
 */
export function checkEntry(entry: ImportEntry, preparing: boolean): CheckedEntry {
  const checked = checkImportEntry(entry);
  if (!checked.ok) return { problems: checked.error };
  return preparing ? prepareRecord(checked.value.kind, checked.value.record) : null;
}
