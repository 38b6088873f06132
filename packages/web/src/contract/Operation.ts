import type * as z from "zod";

/**
 * Who may call an operation:
 * - `open`: anyone (health checks);
 * - `read`: a viewer, or anyone when the API's reads are public;
 * - `write`: an editor or admin;
 * - `admin`: an admin.
 */
export type Access = "open" | "read" | "write" | "admin";

/** One response of an operation. */
export interface ResponseSpec {
  readonly description: string;
  /** Absent for a response without a body (204, 304). */
  readonly contentType?: string;
  /** The JSON body's schema; absent for bytes (an export, a DOCX) and empty bodies. */
  readonly schema?: z.core.$ZodType;
  /** Other content types the same response may take (chosen by a query parameter). */
  readonly alternatives?: readonly string[];
  /** Response headers worth declaring (ETag, Location). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request body. */
export interface BodySpec {
  readonly description: string;
  /** Content types accepted; the first is the one the schema describes. */
  readonly contentTypes: readonly string[];
  /** The JSON body's schema; absent when the body is a stream of lines (an import). */
  readonly schema?: z.core.$ZodType;
  /**
   * A whole record, passed to the store as sent: the store validates it and names every
   * problem as InvalidRecord (422), the same answer an import gives.
   */
  readonly validatedByStore?: boolean;
}

/**
 * What the contract says about one operation, besides its method and path: who may call it,
 * what it takes and what it answers. `conditional` marks the reads that answer with an ETag
 * (and 304 to If-None-Match) and the writes that need If-Match (412 when stale, 428 when
 * missing).
 */
export interface OperationSpec {
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: BodySpec;
  readonly success: { readonly status: 200 | 201 | 204 } & ResponseSpec;
  /** The error statuses this operation may answer besides those every operation may (400, 401, 403, 500…). */
  readonly problems: readonly number[];
  readonly conditional?: "etag" | "if-match";
  /**
   * A read whose answer is a function of the request and the stored records alone (not of
   * the clock or the caller): kept in memory and served again while the store's generation
   * has not moved.
   */
  readonly keptByGeneration?: boolean;
}

/** Declares an operation, keeping its literal types for the typed client. */
export function operation<const S extends OperationSpec>(spec: S): S {
  return spec;
}
