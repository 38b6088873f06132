import { sql } from "kysely";
import type { Connection } from "../DialectInfo";
import { aggregationBlock } from "../aggregation/AggregationBlocks";

/** Observations renumbered per statement: few enough for any dialect's parameter limit. */
const PAGE = 2_000;

/**
 * Finer aggregation blocks: each observation's `block` becomes its block among
 * `AGGREGATION_BLOCKS` (256, was 16), so a write stales 1/256 of an indicator's kept
 * partials. The observations are renumbered a page at a time, in id order (memory stays a
 * page's); partials kept by the earlier layout are dropped, as no aggregation reads them again.
 */
export async function fineAggregationBlocks(connection: Connection): Promise<void> {
  let after: string | undefined;
  for (;;) {
    let page = connection.selectFrom("observation_entry").select(["id", "block"]).orderBy("id").limit(PAGE);
    if (after !== undefined) page = page.where("id", ">", after);
    const rows = await page.execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const moved = rows
      .map((row) => ({ id: row.id, block: aggregationBlock(row.id), was: Number(row.block) }))
      .filter((row) => row.block !== row.was);
    if (moved.length === 0) continue;
    const renumbered = sql<number>`case id ${sql.join(
      moved.map((row) => sql`when ${row.id} then ${sql.lit(row.block)}`),
      sql` `,
    )} end`;
    await connection
      .updateTable("observation_entry")
      .set({ block: renumbered })
      .where(
        "id",
        "in",
        moved.map((row) => row.id),
      )
      .execute();
  }
  await connection.deleteFrom("aggregation_cache").execute();
}
