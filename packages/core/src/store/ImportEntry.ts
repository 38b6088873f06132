import type { EntityKind } from "./EntityKind";
import type { RecordProblem } from "./StoreErrors";

/** One record read from an import source, not yet validated, with where it came from. */
export interface ImportEntry {
  /** The kind it should be stored as: the reader decides it from the source's layout or the caller's choice. */
  readonly kind: EntityKind;
  /** The record as read; validated by the store against the kind's schema. */
  readonly record: unknown;
  /** The source file, for problem reports. */
  readonly file?: string;
  /** The 1-based line the record starts on. */
  readonly line?: number;
  /** A problem found while reading (bad JSON, bad CSV row): the entry is rejected as such. */
  readonly readProblem?: RecordProblem;
}

/** Counts reported while an import runs, so a caller can draw a progress bar. */
export interface ImportProgress {
  readonly read: number;
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: number;
}

/** How to import. */
export interface ImportOptions {
  /** Who imports; recorded in the audit trail. */
  readonly actor: string;
  /** Write the valid records and report the bad ones, instead of writing nothing. */
  readonly skipInvalid?: boolean;
  /** Called as records are read and written (at most every `progressEvery` records). */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Report progress every this many records (default 1000). */
  readonly progressEvery?: number;
}

/** What an import did. */
export interface ImportReport extends ImportProgress {
  /** Every problem found, in input order (only non-empty when `skipInvalid` was set). */
  readonly problems: readonly RecordProblem[];
}
