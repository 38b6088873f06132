import { sql } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { startDayKeySql } from "../activity/StartDayKey";
import { startOrderedFacetCodes } from "../projection/Facets";
import { FACET_START_INDEX, createSecondaryIndexes } from "./SecondaryIndexes";

/**
 * Filtered lists sorted by start: each facet row of an activity that such a list may walk
 * (`startOrderedFacetCodes`: not regions nor relations) gains the activity's start day as an
 * integer `YYYYMMDD` (`start_key`, from the `activity` table's `period_start`), indexed after
 * the value (`facet_by_start`), so that a page reads one value's activities latest first and
 * checks the other criteria per row, stopping at the page, instead of walking every activity by
 * start. Records, revisions and the audit trail are untouched; the key is copied in SQL.
 */
export async function createFacetStartKeys(connection: Connection, dialect: DialectInfo): Promise<void> {
  await connection.schema.alterTable("facet").addColumn("start_key", "integer").execute();
  const activity = tableIn(dialect, "activity");
  await connection
    .updateTable("facet")
    .set({
      start_key: sql<number>`(select ${startDayKeySql(sql.ref("a.period_start"))} from ${activity} a where a.id = ${sql.ref("facet.record_id")})`,
    })
    .where("facet", "in", startOrderedFacetCodes())
    .execute();
  await createSecondaryIndexes(connection, [FACET_START_INDEX]);
}
