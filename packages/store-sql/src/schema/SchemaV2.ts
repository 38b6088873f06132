import { mandateLookupKey, type Mandate } from "@remit/core";
import type { Connection, DialectInfo } from "../DialectInfo";

/** Mandates read per round while the index is filled. */
const BACKFILL_BATCH = 1_000;

/**
 * The mandate lookup index (`findMandate` by symbol or citation): one row per mandate with a
 * symbol, keyed by core's `mandateLookupKey`, and filled from the mandates already stored.
 * Kept apart from the other index tables (its own index, not among the secondary indexes a
 * bulk import drops) so that a later layout can fold it in: migration 3 moves it into `facet`.
 * Frozen as it was first applied (it writes through an untyped table name, since the current
 * schema no longer has the table).
 */
export async function createMandateReferenceIndex(connection: Connection, dialect: DialectInfo): Promise<void> {
  await connection.schema
    .createTable("mandate_reference")
    .addColumn("mandate_id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("reference_key", "text", (column) => dialect.idColumn(column.notNull()))
    .execute();
  await connection.schema
    .createIndex("mandate_reference_by_key")
    .on("mandate_reference")
    .columns(["reference_key", "mandate_id"])
    .execute();

  let afterId: string | undefined;
  for (;;) {
    let select = connection.selectFrom("records").select(["id", "body"]).where("kind", "=", "mandate");
    if (afterId !== undefined) select = select.where("id", ">", afterId);
    const mandates = await select.orderBy("id").limit(BACKFILL_BATCH).execute();
    const rows = mandates.flatMap(({ id, body }) => {
      const key = mandateLookupKey(JSON.parse(body) as Mandate);
      return key === undefined ? [] : [{ mandate_id: id, reference_key: key }];
    });
    for (let start = 0; start < rows.length; start += 100) {
      await connection
        .insertInto("mandate_reference" as never)
        .values(rows.slice(start, start + 100))
        .execute();
    }
    if (mandates.length < BACKFILL_BATCH) break;
    afterId = mandates.at(-1)?.id;
  }
}
