import type { Connection } from "../DialectInfo";
import { aggregationBlock } from "../aggregation/AggregationBlocks";
import { BLOCK_MOVE_PAGE, moveObservationsToBlocks } from "./ObservationBlockMoves";

/**
 * Finer aggregation blocks: each observation's `block` becomes its block among
 * `AGGREGATION_BLOCKS` (256, was 16), so a write stales 1/256 of an indicator's kept
 * partials. The observations are renumbered a page at a time, in id order (memory stays a
 * page's); partials kept by the earlier layout are dropped, as no aggregation reads them again.
 */
export async function fineAggregationBlocks(connection: Connection): Promise<void> {
  let after: string | undefined;
  for (;;) {
    let page = connection.selectFrom("observation_entry").select(["id", "block"]).orderBy("id").limit(BLOCK_MOVE_PAGE);
    if (after !== undefined) page = page.where("id", ">", after);
    const rows = await page.execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    await moveObservationsToBlocks(connection, rows, (row) => aggregationBlock(row.id));
  }
  await connection.deleteFrom("aggregation_cache").execute();
}
