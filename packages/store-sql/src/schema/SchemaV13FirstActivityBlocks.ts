import { sql } from "kysely";
import { aggregationBlock } from "../aggregation/AggregationBlocks";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { BLOCK_MOVE_PAGE, moveObservationsToBlocks } from "./ObservationBlockMoves";

/**
 * Blocks by first activity: each observation's `block` becomes that of its first activity
 * (`observationBlock`), so that the figures naming an activity first share a block and a
 * block's partials count their distinct activities alone. The observations are renumbered a
 * page at a time, in id order (memory stays a page's), their first activity read from their
 * activity facets; partials kept by the earlier layout are dropped, as no aggregation reads them again.
 */
export async function firstActivityBlocks(connection: Connection, dialect: DialectInfo): Promise<void> {
  const facet = tableIn(dialect, "facet");
  const entries = tableIn(dialect, "observation_entry");
  const named = sql.lit(facetCode("observationActivity"));
  let after = "";
  for (;;) {
    const { rows } = await sql<{ id: string; block: number | string; first_activity: string | null }>`
      select e.id, e.block,
        (select min(f.value) from ${facet} f where f.record_id = e.id and f.facet = ${named}) as first_activity
      from ${entries} e where e.id > ${after} order by e.id limit ${BLOCK_MOVE_PAGE}`.execute(connection);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    await moveObservationsToBlocks(connection, rows, (row) => aggregationBlock(row.first_activity ?? row.id));
  }
  await connection.deleteFrom("aggregation_cache").execute();
}
