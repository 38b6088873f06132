import {
  Cursor,
  matchesFilter,
  pageLimit,
  periodEnd,
  periodStart,
  type FilterableKind,
  type FilterOf,
  type MandateFilter,
  type ObservationFilter,
  type Page,
  type PageRequest,
  type SessionFilter,
  type SortOf,
  type Stored,
} from "@remit/core";
import { findActivities } from "../activity/ActivityQuery";
import type { Connection, DialectInfo } from "../DialectInfo";
import { sql, type ExpressionBuilder } from "kysely";
import { facetCode, type FacetName } from "../projection/Facets";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { toStored, type StoredRow } from "./StoredRows";

/** Whether the record `r` has `value` for `facet`: one probe of the facets' primary key. */
function hasFacet(
  eb: ExpressionBuilder<RemitDatabase & { r: RemitDatabase["records"] }, "r">,
  facet: FacetName,
  value: string,
) {
  return eb.exists(
    eb
      .selectFrom("facet as f")
      .select("f.record_id")
      .whereRef("f.record_id", "=", "r.id")
      .where("f.facet", "=", facetCode(facet))
      .where("f.value", "=", value),
  );
}

/**
 * Up to `count` stored records of a kind after `afterId`, by id, narrowed in SQL by what the
 * facets and index tables know: sessions by body, mandates by an instrument they cite,
 * observations by indicator and period. Instruments, which are few, are read by kind alone.
 */
async function candidates(
  connection: Connection,
  dialect: DialectInfo,
  kind: FilterableKind,
  filter: FilterOf<FilterableKind>,
  afterId: string | undefined,
  count: number,
): Promise<StoredRow[]> {
  let query = connection
    .selectFrom("records as r")
    .select(["r.kind", "r.id", "r.revision", "r.body", "r.created_at", "r.updated_at", "r.updated_by"])
    .where("r.kind", "=", kind);
  if (kind === "session") {
    const { bodyId } = filter as SessionFilter;
    if (bodyId !== undefined) {
      query = query.where((eb) => hasFacet(eb, "sessionBody", bodyId));
    }
  }
  if (kind === "mandate") {
    const { instrumentId } = filter as MandateFilter;
    // Driven by the facet's (facet, value, record) range: the mandates citing it, not the registry.
    if (instrumentId !== undefined) {
      const citing = connection
        .selectFrom("facet as f")
        .select("f.record_id")
        .where("f.facet", "=", facetCode("mandateInstrument"))
        .where("f.value", "=", instrumentId);
      // PostgreSQL planned the semi-join as a hash join over every mandate after the cursor (or
      // a nested loop whose Memoize copied each body): the page's ids, read first in id order
      // from the facet's range, leave it one probe of the records' key each.
      query =
        dialect.name === "postgres"
          ? query.where(
              "r.id",
              "=",
              sql<string>`any(array(${citing
                .$if(afterId !== undefined, (ids) => ids.where("f.record_id", ">", afterId ?? ""))
                .orderBy("f.record_id")
                .limit(count)}))`,
            )
          : query.where("r.id", "in", citing);
    }
  }
  if (kind === "observation") {
    const { indicatorId, period } = filter as ObservationFilter;
    if (indicatorId !== undefined || period !== undefined) {
      query = query.where((eb) => {
        let entry = eb.selectFrom("observation_entry as o").select("o.id").whereRef("o.id", "=", "r.id");
        if (indicatorId !== undefined) entry = entry.where("o.indicator_id", "=", indicatorId);
        if (period !== undefined)
          entry = entry
            .where("o.period_start", "<=", periodEnd(period))
            .where("o.period_end", ">=", periodStart(period));
        return eb.exists(entry);
      });
    }
  }
  if (afterId !== undefined) query = query.where("r.id", ">", afterId);
  return query.orderBy("r.id").limit(count).execute();
}

/**
 * The records of a kind matching its filter, a page at a time, in id order or for activities in the order asked (core's
 * `Store.find`). Activities go through their own indexed query; for the other kinds SQL
 * narrows where an index table can, and core's `matchesFilter` decides every candidate, so
 * the answer is exactly the pure definition's.
 */
export async function findRecords<K extends FilterableKind>(
  connection: Connection,
  dialect: DialectInfo,
  kind: K,
  filter: FilterOf<K>,
  page: PageRequest | undefined,
  sort?: SortOf<K>,
): Promise<Page<Stored<K>>> {
  if (kind === "activity") {
    return (await findActivities(connection, dialect, filter, page, sort)) as unknown as Page<Stored<K>>;
  }
  const query = { find: kind, filter };
  let afterId: string | undefined;
  if (page?.cursor !== undefined) {
    const reading = Cursor.decode(page.cursor, query);
    if (!reading.ok) throw reading.error;
    afterId = reading.value.afterId;
  }
  const limit = pageLimit(page);
  const matches: Stored<K>[] = [];
  for (;;) {
    const wanted = limit + 1 - matches.length;
    const rows = await candidates(connection, dialect, kind, filter, afterId, wanted);
    for (const row of rows) {
      const stored = toStored(kind, row);
      if (matchesFilter(kind, stored.record, filter)) matches.push(stored);
    }
    if (matches.length > limit || rows.length < wanted) break;
    afterId = rows.at(-1)?.id;
  }
  const items = matches.slice(0, limit);
  const last = items.at(-1);
  return matches.length > limit && last !== undefined
    ? { items, nextCursor: Cursor.encode(last.record.id, query) }
    : { items };
}
