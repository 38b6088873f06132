import type { AggregationQuery, Indicator } from "@remit/core";
import { sql } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { gatheredKey, type GatheredCell, type LookedUpActivities } from "./GatheredPartials";
import { membership } from "./PartialAggregation";

/** Activities looked up per statement, well under any dialect's parameter limit. */
const LOOKUP_CHUNK = 500;

/**
 * Looks up, across every block, the figures in scope of `indicators` naming the activities
 * that the cells' figures name second or later, and those with a relation (`related`): per
 * cell, how many of them no figure of the cell names first (the cell's `firstActivities` do
 * not count them), and which of the related ones the cell names. Most figures name one
 * activity and few activities have a relation, so this reads few rows, and none when there
 * is nothing to look up.
 */
export async function cellActivities(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicators: readonly Indicator[],
  cells: readonly GatheredCell[],
  related: ReadonlySet<string>,
): Promise<LookedUpActivities> {
  const uncounted = new Map<string, number>();
  const relatedOf = new Map<string, string[]>();
  const named = sql.lit(facetCode("observationActivity"));
  for (const indicator of indicators) {
    const wanted = new Set(related);
    for (const cell of cells)
      if (cell.key.indicatorId === indicator.id) for (const id of cell.otherActivityIds) wanted.add(id);
    const ids = [...wanted].sort();
    for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
      const part = ids.slice(start, start + LOOKUP_CHUNK);
      const m = membership(query, indicator, undefined, dialect, part);
      // One row per cell and activity; an activity is in one part, so the row sees all its figures.
      const { rows } = await sql<{ bucket: string; grp: string | null; activity: string; first: number | string }>`
        with m as materialized (${m})
        select m.bucket, m.grp, f.value as activity, max(case when f.value = m.first_activity then 1 else 0 end) as first
        from m cross join ${tableIn(dialect, "facet")} f
        where f.record_id = m.id and f.facet = ${named} and f.value in (${sql.join(part)})
        group by m.bucket, m.grp, f.value`.execute(connection);
      for (const row of rows) {
        const key = gatheredKey({ indicatorId: indicator.id, bucket: String(row.bucket), group: row.grp });
        if (Number(row.first) === 0) uncounted.set(key, (uncounted.get(key) ?? 0) + 1);
        if (related.has(row.activity)) relatedOf.set(key, [...(relatedOf.get(key) ?? []), row.activity]);
      }
    }
  }
  return { uncounted, related: relatedOf };
}
