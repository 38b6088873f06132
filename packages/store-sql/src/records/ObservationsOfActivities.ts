import type { Stored } from "@remit/core";
import type { Connection } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { STORED_COLUMNS, toStored, type StoredRow } from "./StoredRows";

/**
 * Ids asked for in one statement: far below SQLite's and PostgreSQL's limits on bound
 * parameters, and a page of an export's activities in one go.
 */
const IDS_PER_QUERY = 1000;

function byId(a: StoredRow, b: StoredRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The observations naming any of `activityIds` (core's `Store.observationsOfActivities`),
 * each once, by id: ranges of the facet index `(facet, value, record)` on the
 * observation-activity facet, joined to `records` by primary key. More ids than one
 * statement takes are asked in turns and merged.
 */
export async function observationsOfActivities(
  connection: Connection,
  activityIds: readonly string[],
): Promise<Stored<"observation">[]> {
  const rows = new Map<string, StoredRow>();
  const unique = [...new Set(activityIds)];
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
    const found = await connection
      .selectFrom("records")
      .select(STORED_COLUMNS)
      .where("kind", "=", "observation")
      .where("id", "in", (eb) =>
        eb
          .selectFrom("facet")
          .select("record_id")
          .where("facet", "=", facetCode("observationActivity"))
          .where("value", "in", unique.slice(start, start + IDS_PER_QUERY)),
      )
      .orderBy("id")
      .execute();
    for (const row of found) rows.set(row.id, row);
  }
  const ordered = [...rows.values()];
  // Rows of one statement come in id order; rows of several are merged.
  if (unique.length > IDS_PER_QUERY) ordered.sort(byId);
  return ordered.map((row) => toStored("observation", row));
}
