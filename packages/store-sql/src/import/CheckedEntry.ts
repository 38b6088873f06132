import type { RecordProblem } from "@remit/core";
import type { PreparedRecord } from "./PreparedRecord";

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
