import type { Connection } from "../DialectInfo";

/**
 * Observations read per page when a migration renumbers their blocks: a page's ids go to their
 * new blocks in one statement per block (some 80 ids each, well under any dialect's parameter limit).
 */
export const BLOCK_MOVE_PAGE = 20_000;

/** An observation as a renumbering page reads it: its id and the block it sits in now. */
interface ObservationInBlock {
  readonly id: string;
  readonly block: number | string;
}

/**
 * Moves one page of observations to the blocks `blockOf` gives them, one update per new
 * block; an observation already in its block is not written. PostgreSQL returns `block` as a
 * string for a bigint column, hence the `Number`.
 */
export async function moveObservationsToBlocks<Row extends ObservationInBlock>(
  connection: Connection,
  rows: readonly Row[],
  blockOf: (row: Row) => number,
): Promise<void> {
  const byBlock = new Map<number, string[]>();
  for (const row of rows) {
    const block = blockOf(row);
    if (block === Number(row.block)) continue;
    const ids = byBlock.get(block);
    if (ids === undefined) byBlock.set(block, [row.id]);
    else ids.push(row.id);
  }
  for (const [block, ids] of byBlock)
    await connection.updateTable("observation_entry").set({ block }).where("id", "in", ids).execute();
}
