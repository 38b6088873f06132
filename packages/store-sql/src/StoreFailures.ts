import { StoreFailure, isStoreError, type StoreError } from "@remit/core";
import type { DialectInfo } from "./DialectInfo";
import { isStoreOpeningRefusal } from "./opening/StoreOpeningRefusal";

/** SQLite's and PostgreSQL's codes for a write refused because the database is read-only. */
const READ_ONLY_CODES: readonly unknown[] = ["SQLITE_READONLY", "25006"];

function isReadOnly(cause: unknown): boolean {
  return READ_ONLY_CODES.includes((cause as { readonly code?: unknown } | null)?.code);
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return String(cause);
}

/**
 * Turns anything thrown by the database into the port's errors: tagged errors pass through; a
 * refusal to open (a newer schema, no store) becomes a StoreFailure with the refusal's own
 * message and the refusal as its cause; a read-only or locked database and any other failure
 * become a StoreFailure that says what was being done and what to do about it.
 */
export function toPortError(operation: string, dialect: DialectInfo, cause: unknown): StoreError {
  if (isStoreError(cause)) return cause;
  if (isStoreOpeningRefusal(cause)) return new StoreFailure({ operation, message: cause.message, cause });
  if (isReadOnly(cause)) {
    return new StoreFailure({
      operation,
      message: `${operation} failed: the ${dialect.name} store is read-only here (it was opened to read, or its file cannot be written), so nothing was written; open it for writing, or check the file's permissions.`,
      cause,
    });
  }
  if (dialect.isBusy(cause)) {
    return new StoreFailure({
      operation,
      message: `${operation} failed: the ${dialect.name} database is locked by another writer and stayed locked past the wait limit; retry when it is done (${describe(cause)}).`,
      cause,
    });
  }
  return new StoreFailure({
    operation,
    message: `${operation} failed on the ${dialect.name} store: ${describe(cause)}`,
    cause,
  });
}
