import type { ProblemWording } from "./RecordProblemWording";
import { Data } from "effect";
import type { EntityKind } from "./EntityKind";
import type { InvalidRecord } from "../record/InvalidRecord";

/** No record of that kind has that id. */
export class NotFound extends Data.TaggedError("NotFound")<{
  readonly kind: EntityKind;
  readonly id: string;
  readonly message: string;
}> {}

/**
 * A write named a revision that is no longer current: someone else changed the record since
 * the caller read it. Nothing was written; re-read, merge and retry.
 */
export class RevisionConflict extends Data.TaggedError("RevisionConflict")<{
  readonly kind: EntityKind;
  readonly id: string;
  /** The revision the caller expected ("absent" when it expected to create the record). */
  readonly expected: number | "absent";
  /** The revision actually stored ("absent" when there is no such record). */
  readonly actual: number | "absent";
  readonly message: string;
}> {}

/** One thing wrong with a record: where (file, line, field path) and what. */
export interface RecordProblem {
  /** The file the record came from, when it came from one. */
  readonly file?: string;
  /** The 1-based line the record starts on in that file. */
  readonly line?: number;
  /** The field path inside the record, e.g. ["scope", "countries", "named", 2]. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a person can act on. */
  readonly reason: string;
  /** What was expected there, when it can be said. */
  readonly expected?: string;
  /**
   * `reason` and `expected` as data, for wording them in another language with
   * `formatRecordProblemIn`; absent where the words are a schema author's own (English).
   */
  readonly wording?: ProblemWording;
}

/** A cursor given to a list query was not issued by this store for that query. */
export class InvalidCursor extends Data.TaggedError("InvalidCursor")<{
  readonly cursor: string;
  readonly message: string;
}> {}

/** The store itself failed (I/O, connection, a newer schema than this library knows). */
export class StoreFailure extends Data.TaggedError("StoreFailure")<{
  readonly operation: string;
  readonly message: string;
  readonly cause?: unknown;
}> {}

/** An import was refused: it had bad records and the caller did not ask to skip them. Nothing was written. */
export class ImportRejected extends Data.TaggedError("ImportRejected")<{
  readonly problems: readonly RecordProblem[];
  readonly read: number;
  readonly message: string;
}> {}

/** Every error a Store operation can fail with: what an adapter maps to an exit code or an HTTP status. */
export type StoreError = NotFound | RevisionConflict | InvalidRecord | InvalidCursor | StoreFailure | ImportRejected;

const STORE_ERROR_TAGS: ReadonlySet<unknown> = new Set<StoreError["_tag"]>([
  "NotFound",
  "RevisionConflict",
  "InvalidRecord",
  "InvalidCursor",
  "StoreFailure",
  "ImportRejected",
]);

/**
 * Whether a value is one of the Store's tagged errors, told by its `_tag` (not `instanceof`,
 * so that an error from another copy of core, or one sent as data, is still recognised).
 * @example isStoreError(new NotFound({ kind: "mandate", id: "a-res-74-999", message: "…" })) // true
 */
export function isStoreError(value: unknown): value is StoreError {
  return (
    typeof value === "object" && value !== null && STORE_ERROR_TAGS.has((value as { readonly _tag?: unknown })._tag)
  );
}
