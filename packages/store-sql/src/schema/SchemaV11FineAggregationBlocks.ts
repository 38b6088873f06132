import type { Connection } from "../DialectInfo";
import { aggregationBlock } from "../aggregation/AggregationBlocks";

/**
 * Observations read per page: a page's ids go to their new blocks in one statement per block
 * (some 80 ids each, well under any dialect's parameter limit).
 */
const PAGE = 20_000;

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
    const byBlock = new Map<number, string[]>();
    for (const row of rows) {
      const block = aggregationBlock(row.id);
      if (block === Number(row.block)) continue;
      const ids = byBlock.get(block);
      if (ids === undefined) byBlock.set(block, [row.id]);
      else ids.push(row.id);
    }
    for (const [block, ids] of byBlock)
      await connection.updateTable("observation_entry").set({ block }).where("id", "in", ids).execute();
  }
  await connection.deleteFrom("aggregation_cache").execute();
}
