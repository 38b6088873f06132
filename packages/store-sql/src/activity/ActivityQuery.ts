import {
  Cursor,
  activityListOrder,
  matchesActivityFilter,
  pageLimit,
  type ActivityFilter,
  type ActivitySort,
  type Page,
  type PageRequest,
  type Stored,
} from "@remit/core";
import type { Connection, DialectInfo } from "../DialectInfo";
import { toStored, type StoredRow } from "../records/StoredRows";
import { activityKeys, isAmbiguousPartner, type PartnerLookup } from "./ActivityKeys";
import type { ListPosition } from "./ListPosition";
import { startDayOfKey } from "./StartDayKey";

/** A stored row with the key it was sorted by. */
type SortedRow = StoredRow & { readonly sort_key: string | number };

/**
 * Up to `count` stored activities after `after`, in the order `sort` asks for: the keys
 * narrowed and sorted (`activityKeys`), then the bodies of those alone, in one statement.
 */
async function candidates(
  connection: Connection,
  dialect: DialectInfo,
  filter: ActivityFilter,
  sort: ActivitySort,
  after: ListPosition | undefined,
  count: number,
  partnerLookup: PartnerLookup,
): Promise<SortedRow[]> {
  const keys = await activityKeys(connection, dialect, filter, sort, after, count, partnerLookup);
  const query = connection
    .selectFrom(keys.as("k"))
    .crossJoin("records as r")
    .where("r.kind", "=", "activity")
    .whereRef("r.id", "=", "k.id")
    .select(["r.kind", "r.id", "r.revision", "r.body", "r.created_at", "r.updated_at", "r.updated_by", "k.sort_key"]);
  return (sort.by === "id" ? query : query.orderBy("k.sort_key", sort.direction))
    .orderBy("k.id", sort.direction)
    .execute();
}

/**
 * The activities matching a filter, a page at a time, by id or in the order `sort` asks for
 * (by the stored sort key, then the id: core's `compareActivities`). SQL narrows by the
 * facets and orders by the keys core computed when the activity was written, reading keys
 * first and then the bodies of the page's candidates alone; each is checked with
 * core's `matchesActivityFilter`, so the answer is exactly the pure predicate's, whatever
 * the SQL could not express.
 */
export async function findActivities(
  connection: Connection,
  dialect: DialectInfo,
  filter: ActivityFilter,
  page: PageRequest | undefined,
  sort: ActivitySort = { by: "id", direction: "asc" },
): Promise<Page<Stored<"activity">>> {
  const query = { findActivities: filter };
  const order = activityListOrder(sort);
  let after: ListPosition | undefined;
  if (page?.cursor !== undefined) {
    const reading = Cursor.decode(page.cursor, query, order?.name);
    if (!reading.ok) throw reading.error;
    const { afterId, afterKey } = reading.value;
    after = afterKey === undefined ? { id: afterId } : { key: afterKey, id: afterId };
  }
  const limit = pageLimit(page);
  const matches: Stored<"activity">[] = [];
  // PostgreSQL finds a partner's facet value in the page's statement: one round trip a page,
  // not two. A name leading to two partners finds nothing so; only when nothing is found is
  // the name looked up, and the candidates asked for again without narrowing by it.
  let partnerLookup: PartnerLookup = dialect.name === "postgres" ? "in-statement" : "first";
  for (;;) {
    const wanted = limit + 1 - matches.length;
    let rows = await candidates(connection, dialect, filter, sort, after, wanted, partnerLookup);
    if (
      rows.length === 0 &&
      partnerLookup === "in-statement" &&
      filter.partner !== undefined &&
      (await isAmbiguousPartner(connection, filter.partner))
    ) {
      partnerLookup = "first";
      rows = await candidates(connection, dialect, filter, sort, after, wanted, partnerLookup);
    }
    for (const row of rows) {
      const stored = toStored("activity", row);
      if (matchesActivityFilter(stored.record, filter)) matches.push(stored);
    }
    const last = rows.at(-1);
    if (matches.length > limit || rows.length < wanted || last === undefined) break;
    after = { key: typeof last.sort_key === "number" ? startDayOfKey(last.sort_key) : last.sort_key, id: last.id };
  }
  const items = matches.slice(0, limit);
  const last = items.at(-1);
  if (!(matches.length > limit && last !== undefined)) return { items };
  const sorted = order === undefined ? undefined : { sort: order.name, key: order.keyOf(last) };
  return { items, nextCursor: Cursor.encode(last.record.id, query, sorted) };
}
