import type { Connection } from "../DialectInfo";
import { ACTIVITY_PERIOD_INDEX, createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * Lists filtered by a period and walked in id order read the activities' ids and periods from
 * one narrow index (`ACTIVITY_PERIOD_INDEX`) instead of the `activity` table's rows, which
 * hold the search text too. Nothing else changes: the index is built from the table.
 */
export async function createActivityPeriodIndex(connection: Connection): Promise<void> {
  await createSecondaryIndexes(connection, [ACTIVITY_PERIOD_INDEX]);
}
