import type { Result } from "../result/Result";
import { canonicalJson } from "./recordsEqual";
import { InvalidCursor } from "./StoreErrors";
import type { PageRequest } from "./Pagination";
import { PAGE_DEFAULT_LIMIT, PAGE_MAX_LIMIT } from "./Stored";

/**
 * What a cursor says: continue after the record with this id, and in a sorted list after
 * this sort key (the record's key when the page ended; see `ListOrder`).
 */
export interface CursorPosition {
  readonly afterId: string;
  /** Set for a cursor of a sorted list (never for one in id order). */
  readonly afterKey?: string;
}

/** Where a page of a sorted list ended: the order's name (`start:desc`) and the last record's key. */
export interface SortedPosition {
  readonly sort: string;
  readonly key: string;
}

/**
 * The outcome of reading a cursor for a query: the position under `value`, or an
 * `InvalidCursor` under `error` saying why the cursor does not fit the query.
 */
export type CursorReading = Result<CursorPosition, InvalidCursor>;

const VERSION = 1;

/** FNV-1a over the UTF-16 code units, twice with different seeds: 16 hex digits, enough to tell queries apart. */
function fingerprint(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x5bd1e995) ^ (second >>> 15);
  }
  return (first >>> 0).toString(16).padStart(8, "0") + (second >>> 0).toString(16).padStart(8, "0");
}

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function rejected(cursor: string, why: string): CursorReading {
  return {
    ok: false,
    error: new InvalidCursor({
      cursor,
      message: `The cursor ${JSON.stringify(cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor)} ${why}; start again without a cursor and follow each page's nextCursor.`,
    }),
  };
}

/** Names an order in a message: "sorted by start:desc", or "in id order" for none. */
function orderName(sort: string | undefined): string {
  return sort === undefined ? "in id order" : `sorted by ${sort}`;
}

/**
 * Opaque page cursors shared by every store: "continue after id X, for query Q". A cursor
 * carries a fingerprint of its query, so one issued for another query (another kind, another
 * filter) is refused with InvalidCursor instead of silently skipping records. A cursor of a
 * sorted list also carries the order's name and the last record's sort key, so it is refused
 * for another order (it would skip or repeat records there). The page size is
 * not part of the query: a caller may change `limit` between pages. Works in browsers (no
 * Buffer): base64url over UTF-8.
 * @example
 * const next = Cursor.encode("ccpcj-30", { list: "session" });
 * Cursor.decode(next, { list: "session" }); // { ok: true, value: { afterId: "ccpcj-30" } }
 * Cursor.decode(next, { list: "mandate" }); // { ok: false, error: InvalidCursor }
 */
export const Cursor = {
  /**
   * The cursor for the page after `afterId` of `query` (any JSON value that identifies the
   * query); for a sorted list, `sorted` gives the order and the sort key of `afterId`.
   */
  encode(afterId: string, query: unknown, sorted?: SortedPosition): string {
    const position = sorted === undefined ? {} : { s: sorted.sort, k: sorted.key };
    return toBase64Url(JSON.stringify({ v: VERSION, a: afterId, q: fingerprint(canonicalJson(query)), ...position }));
  },

  /** Reads a cursor issued by `encode` for the same query, in the order named `sort` (none: id order). */
  decode(cursor: string, query: unknown, sort?: string): CursorReading {
    let content: unknown;
    try {
      content = JSON.parse(fromBase64Url(cursor));
    } catch {
      return rejected(cursor, "is not a cursor this store issued");
    }
    if (typeof content !== "object" || content === null) return rejected(cursor, "is not a cursor this store issued");
    const { v, a, q, s, k } = content as {
      readonly v?: unknown;
      readonly a?: unknown;
      readonly q?: unknown;
      readonly s?: unknown;
      readonly k?: unknown;
    };
    if (v !== VERSION || typeof a !== "string" || typeof q !== "string") {
      return rejected(cursor, "is not a cursor this store issued");
    }
    if (s !== undefined && (typeof s !== "string" || typeof k !== "string")) {
      return rejected(cursor, "is not a cursor this store issued");
    }
    if (s !== sort) return rejected(cursor, `was issued for the list ${orderName(s)}, not ${orderName(sort)}`);
    if (q !== fingerprint(canonicalJson(query))) return rejected(cursor, "belongs to another query");
    return { ok: true, value: typeof k === "string" ? { afterId: a, afterKey: k } : { afterId: a } };
  },
} as const;

/**
 * The page size a store uses for a request: 50 when none is asked, at least 1, at most
 * PAGE_MAX_LIMIT (larger requests are clamped, not refused).
 */
export function pageLimit(request: PageRequest | undefined): number {
  const asked = request?.limit;
  if (asked === undefined || Number.isNaN(asked)) return PAGE_DEFAULT_LIMIT;
  return Math.min(PAGE_MAX_LIMIT, Math.max(1, Math.floor(asked)));
}
