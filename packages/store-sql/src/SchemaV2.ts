import { mandateLookupKey, type Mandate } from "@remit/core";
import { BatchInserter } from "./BatchInserter";
import type { Connection, DialectInfo } from "./DialectInfo";

/** Mandates read per round while the index is filled. */
const BACKFILL_BATCH = 1_000;

/**
 * The mandate lookup index (`findMandate` by symbol or citation): one row per mandate with a
 * symbol, keyed by core's `mandateLookupKey`, and filled from the mandates already stored.
 * Kept apart from the other index tables (its own index, not among the secondary indexes a
 * bulk import drops) so that a later layout can fold it in.
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

  const rows = new BatchInserter(connection, dialect.maxParameters);
  let afterId: string | undefined;
  for (;;) {
    let select = connection.selectFrom("records").select(["id", "body"]).where("kind", "=", "mandate");
    if (afterId !== undefined) select = select.where("id", ">", afterId);
    const mandates = await select.orderBy("id").limit(BACKFILL_BATCH).execute();
    for (const { id, body } of mandates) {
      const key = mandateLookupKey(JSON.parse(body) as Mandate);
      if (key !== undefined) rows.add("mandate_reference", [id, key]);
    }
    if (mandates.length < BACKFILL_BATCH) break;
    afterId = mandates.at(-1)?.id;
  }
  await rows.flush();
}
