import { referenceKey, type MandateLink, type Stored } from "@remit/core";
import { sql } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { toStored, type StoredRow } from "../records/StoredRows";

/** The `mandateLineageTarget` value of a lineage edge's target: `i␟id` or `r␟reference key`. */
export function lineageTargetKey(target: MandateLink): string {
  return "mandateId" in target ? `i\u001f${target.mandateId}` : `r\u001f${referenceKey(target.reference)}`;
}

const BY_ID = "i\u001f";
const BY_REFERENCE = "r\u001f";

/**
 * The mandates a lineage of `mandateId` reads, both ways, as core's `lineageMandatesIn`
 * defines them, in one statement: two recursive walks over the facets, up through each
 * mandate's own edges (`mandateLineageTarget`) and down through the edges naming a mandate
 * already reached, by id or by the symbol it holds. A reference names the mandate with the
 * smallest id among those with that symbol (`mandateReference`), as a graph of the mandates
 * in id order resolves it. One round trip whatever the depth: walked level by level, a
 * lineage a dozen levels deep cost three times the 50 ms target on PostgreSQL (issue 13).
 */
export async function lineageMandates(
  connection: Connection,
  dialect: DialectInfo,
  mandateId: string,
): Promise<Stored<"mandate">[]> {
  const facet = tableIn(dialect, "facet");
  const records = tableIn(dialect, "records");
  const target = sql.lit(facetCode("mandateLineageTarget"));
  const reference = sql.lit(facetCode("mandateReference"));
  // Each mandate reached down stands for two keys edges name it by (null when it holds no symbol, or another mandate does).
  const keyOf = (mandate: string) =>
    sql`case when ways.way = 'i' then ${BY_ID} || ${sql.ref(mandate)} else (select ${BY_REFERENCE} || r.value from ${facet} r
      where r.record_id = ${sql.ref(mandate)} and r.facet = ${reference}
        and r.record_id = (select min(h.record_id) from ${facet} h where h.facet = ${reference} and h.value = r.value)) end`;
  const { rows } = await sql<StoredRow>`with recursive
      up(id) as (
        select id from ${records} where kind = 'mandate' and id = ${mandateId}
        union
        select case when substr(t.value, 1, 2) = ${BY_ID} then substr(t.value, 3)
            else (select min(h.record_id) from ${facet} h where h.facet = ${reference} and h.value = substr(t.value, 3)) end
          from up join ${facet} t on t.record_id = up.id and t.facet = ${target}
      ),
      ways(way) as (select 'i' union all select 'r'),
      down(id, key) as (
        select m.id, ${keyOf("m.id")} from ${records} m cross join ways
          where m.kind = 'mandate' and m.id = ${mandateId}
        union
        select s.record_id, ${keyOf("s.record_id")}
          from down join ${facet} s on s.facet = ${target} and s.value = down.key cross join ways
      )
    select m.kind, m.id, m.revision, m.body, m.created_at, m.updated_at, m.updated_by
    from ${records} m
    where m.kind = 'mandate' and m.id in (select id from up where id is not null union select id from down)`.execute(
    connection,
  );
  // Sorted here, not in SQL: PostgreSQL's collation would order ids otherwise than JavaScript.
  return rows
    .map((row) => toStored("mandate", row))
    .sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}
