import type { Result } from "../result/Result";
import * as z from "zod/mini";
import { compareSortPositions, type SortDirection } from "../activity/ActivitySort";
import { Cursor, pageLimit } from "./Cursor";
import type { InvalidCursor } from "./StoreErrors";
import type { Page } from "./Stored";

/**
 * How much of a list to return and where to continue: the page part of every list query.
 * A size outside 1–1000 is clamped by the store, not refused (see `pageLimit`).
 * @example PageRequest.parse({ limit: 20, cursor: page.nextCursor })
 */
export const PageRequest = z.strictObject({
  /** At most this many items (default 50, at most 1000). */
  limit: z.optional(z.number()),
  /** A cursor from a previous page of the same query. */
  cursor: z.optional(z.string()),
});
/** How much of a list to return and where to continue. */
export type PageRequest = z.infer<typeof PageRequest>;

/** One page of a list, or why the cursor was refused. */
export type Pagination<T> = Result<Page<T>, InvalidCursor>;

/**
 * The order of a sorted list: its name (what cursors carry, `start:desc`), each item's sort
 * key, and the direction. Items with the same key are ordered by id in the same direction.
 */
export interface ListOrder<T> {
  readonly name: string;
  readonly keyOf: (item: T) => string;
  readonly direction: SortDirection;
}

/**
 * One page of `items` (already in id order, as every store lists them, or in `order`): the
 * items after the cursor's position, at most `pageLimit(request)` of them, and the cursor of
 * the next page when there are more. `query` identifies the list the cursor belongs to (a
 * cursor of another query, or of another order, is refused). A cursor whose record has gone
 * since, or changed its key, continues from the position it names.
 * The pure definition of paging that the in-memory store uses and every store follows.
 * @example paginate(sessions, (session) => session.id, { limit: 10 }, { list: "session" })
 */
export function paginate<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  request: PageRequest | undefined,
  query: unknown,
  order?: ListOrder<T>,
): Pagination<T> {
  let start = 0;
  if (request?.cursor !== undefined) {
    const reading = Cursor.decode(request.cursor, query, order?.name);
    if (!reading.ok) return reading;
    const { afterId, afterKey } = reading.value;
    start =
      order === undefined || afterKey === undefined
        ? items.findIndex((item) => idOf(item) > afterId)
        : items.findIndex(
            (item) =>
              compareSortPositions(
                { key: order.keyOf(item), id: idOf(item) },
                { key: afterKey, id: afterId },
                order.direction,
              ) > 0,
          );
    if (start === -1) start = items.length;
  }
  const limit = pageLimit(request);
  const slice = items.slice(start, start + limit);
  const last = slice.at(-1);
  if (!(start + limit < items.length && last !== undefined)) return { ok: true, value: { items: slice } };
  const sorted = order === undefined ? undefined : { sort: order.name, key: order.keyOf(last) };
  return { ok: true, value: { items: slice, nextCursor: Cursor.encode(idOf(last), query, sorted) } };
}
