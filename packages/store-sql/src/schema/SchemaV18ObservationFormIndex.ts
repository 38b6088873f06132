import type { Connection } from "../DialectInfo";
import { OBSERVATION_FORM_INDEX, createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * The figures an aggregation leaves out of partials are found through one index of figures
 * by indicator and form (`OBSERVATION_FORM_INDEX`) instead of a scan of every figure. Nothing
 * else changes: the index is built from the table.
 */
export async function createObservationFormIndex(connection: Connection): Promise<void> {
  await createSecondaryIndexes(connection, [OBSERVATION_FORM_INDEX]);
}
