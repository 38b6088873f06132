import type { EntityKind, EntityOf } from "@remit/core";
import type { Connection, DialectInfo } from "../DialectInfo";
import { BatchInserter } from "../projection/BatchInserter";
import { projectRecord } from "../projection/Projections";

/** Records read per page while rebuilding. */
const PAGE = 1_000;

/**
 * Writes the derived rows (facets, activity periods and text…) of every stored record of
 * `kinds` again, from `records`, a page at a time: what a migration does when the layout of
 * derived rows changes. The caller has emptied the derived tables and holds the transaction.
 */
export async function rebuildDerivedRows(
  connection: Connection,
  dialect: DialectInfo,
  kinds: readonly EntityKind[],
): Promise<void> {
  const rows = new BatchInserter(connection, dialect.maxParameters);
  for (const kind of kinds) {
    let afterId: string | undefined;
    for (;;) {
      let page = connection.selectFrom("records").select(["id", "body"]).where("kind", "=", kind);
      if (afterId !== undefined) page = page.where("id", ">", afterId);
      const read = await page.orderBy("id").limit(PAGE).execute();
      for (const row of read) projectRecord(kind, JSON.parse(row.body) as EntityOf<EntityKind>, rows);
      await rows.flushFull();
      if (read.length < PAGE) break;
      afterId = read.at(-1)?.id;
    }
  }
  await rows.flush();
}
