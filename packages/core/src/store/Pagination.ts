import * as z from "zod";
import { Cursor, pageLimit } from "./Cursor";
import type { InvalidCursor } from "./StoreErrors";
import type { Page } from "./Stored";

/**
 * How much of a list to return and where to continue: the page part of every list query.
 * A size outside 1–1000 is clamped by the store, not refused (see `pageLimit`).
 * @example PageRequest.parse({ limit: 20, cursor: page.nextCursor })
 */
export const PageRequest = z
  .object({
    /** At most this many items (default 50, at most 1000). */
    limit: z.number().optional(),
    /** A cursor from a previous page of the same query. */
    cursor: z.string().optional(),
  })
  .strict();
/** How much of a list to return and where to continue. */
export type PageRequest = z.infer<typeof PageRequest>;

/** One page of a list, or why the cursor was refused. */
export type Pagination<T> =
  { readonly ok: true; readonly value: Page<T> } | { readonly ok: false; readonly error: InvalidCursor };

/**
 * One page of `items` (already in id order, as every store lists them): the items after the
 * cursor's id, at most `pageLimit(request)` of them, and the cursor of the next page when
 * there are more. `query` identifies the list the cursor belongs to (a cursor of another
 * query is refused). A cursor whose record has gone since continues with the next id.
 * The pure definition of paging that the in-memory store uses and every store follows.
 * @example paginate(sessions, (session) => session.id, { limit: 10 }, { list: "session" })
 */
export function paginate<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  request: PageRequest | undefined,
  query: unknown,
): Pagination<T> {
  let start = 0;
  if (request?.cursor !== undefined) {
    const reading = Cursor.decode(request.cursor, query);
    if (!reading.ok) return reading;
    const { afterId } = reading.position;
    start = items.findIndex((item) => idOf(item) > afterId);
    if (start === -1) start = items.length;
  }
  const limit = pageLimit(request);
  const slice = items.slice(start, start + limit);
  const last = slice.at(-1);
  const more = start + limit < items.length && last !== undefined;
  return { ok: true, value: more ? { items: slice, nextCursor: Cursor.encode(idOf(last), query) } : { items: slice } };
}
