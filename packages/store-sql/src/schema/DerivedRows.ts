import type { EntityKind, EntityOf } from "@remit/core";
import type { Connection, DialectInfo } from "../DialectInfo";
import { BatchInserter } from "../projection/BatchInserter";
import { projectRecord } from "../projection/Projections";
import type { RowSink } from "../projection/TableRows";

/** The columns of a facet row before migration 16: record, facet and value. */
const V3_FACET_COLUMNS = 3;

/** Records read per page while rebuilding. */
const PAGE = 1_000;

/**
 * Reads every stored record of `kind` from `records`, a page at a time in id order, and hands
 * each page to `onPage`: how a migration walks the records to write rows derived from them,
 * with memory held to one page whatever the store holds.
 */
export async function forEachRecordPage<K extends EntityKind>(
  connection: Connection,
  kind: K,
  onPage: (records: readonly EntityOf<K>[]) => Promise<void>,
): Promise<void> {
  let afterId: string | undefined;
  for (;;) {
    let page = connection.selectFrom("records").select(["id", "body"]).where("kind", "=", kind);
    if (afterId !== undefined) page = page.where("id", ">", afterId);
    const read = await page.orderBy("id").limit(PAGE).execute();
    await onPage(read.map((row) => JSON.parse(row.body) as EntityOf<K>));
    if (read.length < PAGE) break;
    afterId = read.at(-1)?.id;
  }
}

/**
 * Writes the derived rows (facets, activity periods and text…) of every stored record of
 * `kinds` again, from `records`, a page at a time: what a migration does when the layout of
 * derived rows changes. The caller has emptied the derived tables and holds the transaction.
 * Facet rows are written in the columns migration 3 gave them, for the migrations before the
 * start key (16) that call this; a later migration asks for `withStartKeys`.
 */
export async function rebuildDerivedRows(
  connection: Connection,
  dialect: DialectInfo,
  kinds: readonly EntityKind[],
  { withStartKeys = false }: { readonly withStartKeys?: boolean } = {},
): Promise<void> {
  const rows = new BatchInserter(connection, dialect.maxParameters);
  const sink: RowSink = withStartKeys
    ? rows
    : { add: (table, row) => rows.add(table, table === "facet" ? row.slice(0, V3_FACET_COLUMNS) : row) };
  for (const kind of kinds) {
    await forEachRecordPage(connection, kind, async (records) => {
      for (const record of records) projectRecord(kind, record, sink);
      await rows.flushFull();
    });
  }
  await rows.flush();
}
