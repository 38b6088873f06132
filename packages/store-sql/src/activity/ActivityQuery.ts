import {
  Cursor,
  activityListOrder,
  matchesActivityFilter,
  normalizeSearchText,
  pageLimit,
  periodEnd,
  periodStart,
  type ActivityFilter,
  type ActivitySort,
  type ActivitySortKey,
  type Page,
  type PageRequest,
  type Stored,
} from "@remit/core";
import { sql, type SqlBool } from "kysely";
import type { Connection } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { toStored, type StoredRow } from "../records/StoredRows";

/** One criterion answered by the facets: activities with this value of that facet. */
interface IndexedCriterion {
  readonly facet: number;
  readonly value: string;
}

/**
 * The criteria of a filter that facets answer, most selective first: the first one drives
 * the query (a range of the `(facet, value, record_id)` index, already in id order, so a page
 * stops after `limit` rows), the others are checked by primary-key lookups.
 */
function indexedCriteria(filter: ActivityFilter): IndexedCriterion[] {
  // The facets hold the countries an activity assists; other roles are left to core's predicate.
  const assisted = filter.placeRole === undefined || filter.placeRole === "assisted";
  const criterion = (facet: Parameters<typeof facetCode>[0], value: string | undefined) =>
    value === undefined ? undefined : { facet: facetCode(facet), value };
  const criteria: (IndexedCriterion | undefined)[] = [
    criterion("activityMandate", filter.mandateId),
    criterion("activityCountry", assisted ? filter.country : undefined),
    criterion("activityPartner", filter.partner === undefined ? undefined : normalizeSearchText(filter.partner)),
    criterion("activityRegion", assisted ? filter.region : undefined),
    criterion("activityAudience", filter.audience),
    criterion("activityTopic", filter.topic),
    criterion("activityKind", filter.kind),
  ];
  return criteria.filter((criterion): criterion is IndexedCriterion => criterion !== undefined);
}

/** A LIKE pattern finding `word` anywhere, with LIKE's wildcards in the word escaped. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The words of a free-text query, as `matchesSearchText` splits them. */
function searchWords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return normalizeSearchText(text)
    .split(" ")
    .filter((word) => word !== "");
}

/** The column of `activity` holding each sort key but the id (see `ACTIVITY_SORT_INDEXES`). */
const SORT_COLUMNS = {
  start: "a.period_start",
  title: "a.title_key",
  country: "a.country_key",
  kind: "a.kind_key",
} as const satisfies Record<Exclude<ActivitySortKey, "id">, string>;

/** Where the last page ended: its last activity's sort key (for orders other than id) and id. */
interface ListPosition {
  readonly key?: string;
  readonly id: string;
}

/** A stored row with the key it was sorted by. */
type SortedRow = StoredRow & { readonly sort_key: string };

/**
 * Up to `count` stored activities after `after`, in the order `sort` asks for, narrowed by
 * the filter in SQL.
 */
async function candidates(
  connection: Connection,
  filter: ActivityFilter,
  sort: ActivitySort,
  after: ListPosition | undefined,
  count: number,
): Promise<SortedRow[]> {
  const [driver, ...checks] = indexedCriteria(filter);
  const words = searchWords(filter.text);
  // The joins are CROSS JOINs with their conditions in WHERE: SQLite then keeps the written
  // order (the driving index first, in id order, so a page stops after `count` rows) instead
  // of trusting sampled statistics; PostgreSQL plans them as inner joins.
  const byActivity = connection.selectFrom("activity as a");
  const from =
    driver === undefined
      ? byActivity
      : (connection
          .selectFrom("facet as d")
          .crossJoin("activity as a")
          .whereRef("a.id", "=", "d.record_id")
          .where("d.facet", "=", driver.facet)
          .where("d.value", "=", driver.value) as unknown as typeof byActivity);
  const key = sql.ref<string>(driver === undefined ? "a.id" : "d.record_id");
  // In id order the driving index's own order serves; in another order, the sort index does
  // when nothing narrows by facet, else the facet's matches are sorted.
  const sortKey = sort.by === "id" ? key : sql.ref<string>(SORT_COLUMNS[sort.by]);
  let query = from
    .crossJoin("records as r")
    .where("r.kind", "=", "activity")
    .where("r.id", "=", key)
    .select(["r.kind", "r.id", "r.revision", "r.body", "r.created_at", "r.updated_at", "r.updated_by"])
    .select(sortKey.as("sort_key"));
  for (const check of checks) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("facet as x")
          .select(sql.lit(1).as("one"))
          .where("x.record_id", "=", key)
          .where("x.facet", "=", check.facet)
          .where("x.value", "=", check.value),
      ),
    );
  }
  if (filter.period !== undefined) {
    query = query
      .where("a.period_start", "<=", periodEnd(filter.period))
      .where("a.period_end", ">=", periodStart(filter.period));
  }
  for (const word of words) {
    query = query.where(sql<SqlBool>`${sql.ref("a.search_text")} like ${containsPattern(word)} escape ${"\\"}`);
  }
  const later = sort.direction === "asc" ? sql.raw(">") : sql.raw("<");
  if (after !== undefined) {
    query =
      sort.by === "id" || after.key === undefined
        ? query.where(sql<SqlBool>`${key} ${later} ${after.id}`)
        : query.where(sql<SqlBool>`(${sortKey}, ${key}) ${later} (${after.key}, ${after.id})`);
  }
  if (sort.by !== "id") query = query.orderBy(sortKey, sort.direction);
  return query.orderBy(key, sort.direction).limit(count).execute();
}

/**
 * The activities matching a filter, a page at a time, by id or in the order `sort` asks for
 * (by the stored sort key, then the id: core's `compareActivities`). SQL narrows by the
 * facets and orders by the keys core computed when the activity was written; every candidate
 * is then checked with core's `matchesActivityFilter`, so the answer is exactly the pure
 * predicate's, whatever the SQL could not express.
 */
export async function findActivities(
  connection: Connection,
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
    const { afterId, afterKey } = reading.position;
    after = afterKey === undefined ? { id: afterId } : { key: afterKey, id: afterId };
  }
  const limit = pageLimit(page);
  const matches: Stored<"activity">[] = [];
  for (;;) {
    const wanted = limit + 1 - matches.length;
    const rows = await candidates(connection, filter, sort, after, wanted);
    for (const row of rows) {
      const stored = toStored("activity", row);
      if (matchesActivityFilter(stored.record, filter)) matches.push(stored);
    }
    const last = rows.at(-1);
    if (matches.length > limit || rows.length < wanted || last === undefined) break;
    after = { key: last.sort_key, id: last.id };
  }
  const items = matches.slice(0, limit);
  const last = items.at(-1);
  if (!(matches.length > limit && last !== undefined)) return { items };
  const sorted = order === undefined ? undefined : { sort: order.name, key: order.keyOf(last) };
  return { items, nextCursor: Cursor.encode(last.record.id, query, sorted) };
}
