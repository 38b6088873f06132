import type { EntityKind, EntityOf } from "./EntityKind";
import type { ImportEntry, ImportOptions, ImportProgress, ImportReport } from "./ImportEntry";
import { formatRecordProblem } from "./RecordProblems";
import { ImportRejected, type RecordProblem } from "./StoreErrors";
import { decodeRecord } from "../record/decodeRecord";

/** A record of an import that passed validation, ready to be written. */
export interface AcceptedEntry<K extends EntityKind = EntityKind> {
  readonly kind: K;
  readonly record: EntityOf<K>;
  readonly entry: ImportEntry;
}

/**
 * Validates one import entry against its kind's schema, as `ImportRun.accept` does: the
 * record, or every problem with the entry's file and line (a reading problem is the entry's
 * only problem). Pure, so it can run apart from the run that counts it (`acceptChecked`).
 */
export function checkImportEntry(
  entry: ImportEntry,
):
  | { readonly ok: true; readonly value: AcceptedEntry }
  | { readonly ok: false; readonly error: readonly RecordProblem[] } {
  const where = {
    ...(entry.file === undefined ? {} : { file: entry.file }),
    ...(entry.line === undefined ? {} : { line: entry.line }),
  };
  if (entry.readProblem !== undefined) return { ok: false, error: [{ ...where, ...entry.readProblem }] };
  const result = decodeRecord(entry.kind, entry.record, where);
  return result.ok
    ? { ok: true, value: { kind: entry.kind, record: result.value, entry } }
    : { ok: false, error: result.error.problems };
}

const DEFAULT_PROGRESS_EVERY = 1000;
const SHOWN_IN_MESSAGE = 5;

/**
 * The bookkeeping every store's `importRecords` shares: validates each entry (with its file
 * and line), counts read / written / unchanged / rejected, collects every problem in input
 * order, calls `onProgress` every `progressEvery` records and once at the end, and decides
 * whether the import must be rejected. The store only writes.
 * @example
 * const run = new ImportRun(options);
 * for await (const entry of entries) { const accepted = run.accept(entry); if (accepted) stage(accepted); }
 * const refusal = run.refusal(); if (refusal) return yield* refusal;
 * for (const staged of all) changed(staged) ? run.countWritten() : run.countUnchanged();
 * return run.finish();
 */
export class ImportRun {
  private readonly every: number;
  private read = 0;
  private written = 0;
  private unchanged = 0;
  private rejected = 0;
  private readonly problems: RecordProblem[] = [];

  constructor(private readonly options: ImportOptions) {
    this.every = Math.max(1, Math.floor(options.progressEvery ?? DEFAULT_PROGRESS_EVERY));
  }

  /** Counts an entry as read; the validated record, or undefined when it is rejected. */
  accept(entry: ImportEntry): AcceptedEntry | undefined {
    const checked = checkImportEntry(entry);
    this.acceptChecked(checked.ok ? undefined : checked.error);
    return checked.ok ? checked.value : undefined;
  }

  /**
   * Counts an entry that `checkImportEntry` validated elsewhere (a worker thread, say), as
   * `accept` would have: `problems` when it was rejected, undefined when it was accepted.
   * Entries must be given in input order, so the report lists the problems in that order.
   */
  acceptChecked(problems: readonly RecordProblem[] | undefined): void {
    this.read += 1;
    if (problems !== undefined) this.reject(problems);
    if (this.read % this.every === 0) this.report();
  }

  /** Counts a record the store wrote (created or changed). */
  countWritten(): void {
    this.written += 1;
    this.afterWrite();
  }

  /** Counts a record that was already stored exactly so. */
  countUnchanged(): void {
    this.unchanged += 1;
    this.afterWrite();
  }

  /** The ImportRejected to fail with when there were problems and the caller did not ask to skip them. */
  refusal(): ImportRejected | undefined {
    if (this.problems.length === 0 || this.options.skipInvalid === true) return undefined;
    this.report();
    const shown = this.problems.slice(0, SHOWN_IN_MESSAGE).map(formatRecordProblem);
    const more =
      this.problems.length > SHOWN_IN_MESSAGE ? `\n… and ${this.problems.length - SHOWN_IN_MESSAGE} more` : "";
    return new ImportRejected({
      problems: [...this.problems],
      read: this.read,
      message:
        `Nothing was imported: ${this.rejected} of ${this.read} records are invalid. Fix them, or import with skipInvalid ` +
        `to write the valid ones.\n${shown.join("\n")}${more}`,
    });
  }

  /** Reports the final counts and returns the import's report. */
  finish(): ImportReport {
    this.report();
    return { ...this.progress(), problems: [...this.problems] };
  }

  private reject(problems: readonly RecordProblem[]): void {
    this.rejected += 1;
    this.problems.push(...problems);
  }

  private afterWrite(): void {
    if ((this.written + this.unchanged) % this.every === 0) this.report();
  }

  private progress(): ImportProgress {
    return { read: this.read, written: this.written, unchanged: this.unchanged, rejected: this.rejected };
  }

  private report(): void {
    this.options.onProgress?.(this.progress());
  }
}
