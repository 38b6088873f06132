import { activityCountsOf, type ActivityCountFacet, type ActivityCountQuery, type ActivityCounts } from "@remit/core";
import { sql, type RawBuilder } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { facetCode, type FacetName } from "../projection/Facets";
import { regionsOfRecordsSql } from "../projection/RegionMembership";
import { activitiesInScopeSql } from "./AggregationScopeSql";

/** The facet rows holding each countable facet but regions: the same values core's `activityFacetKeys` gives. */
const FACET_OF: Readonly<Record<Exclude<ActivityCountFacet, "region">, FacetName>> = {
  topic: "activityTopic",
  kind: "activityKind",
  country: "activityCountry",
};

/** Each activity of `scoped` and value of the facet (columns `id`, `key`), each pair once. */
function keysOf(dialect: DialectInfo, facet: ActivityCountFacet, scoped: RawBuilder<unknown>): RawBuilder<unknown> {
  // An activity's regions are those it lists and those around its countries (`m49_member`), as core's `activityFacetKeys`.
  if (facet === "region")
    return sql`select record_id as id, region as key from (${regionsOfRecordsSql(dialect, scoped)}) k`;
  return sql`select f.record_id as id, f.value as key from (${scoped}) s cross join ${tableIn(dialect, "facet")} f
    where f.record_id = s.id and f.facet = ${sql.lit(facetCode(FACET_OF[facet]))}`;
}

/** The condition that the activity `s.id` has some value of the facet. */
function hasKeySql(dialect: DialectInfo, facet: ActivityCountFacet): RawBuilder<unknown> {
  const facets = tableIn(dialect, "facet");
  if (facet === "region")
    return sql`(exists (select 1 from ${facets} f where f.record_id = s.id and f.facet = ${sql.lit(facetCode("activityRegion"))})
      or exists (select 1 from ${facets} f cross join ${tableIn(dialect, "m49_member")} m
        where f.record_id = s.id and f.facet = ${sql.lit(facetCode("activityCountry"))} and m.country = f.value))`;
  return sql`exists (select 1 from ${facets} f where f.record_id = s.id and f.facet = ${sql.lit(facetCode(FACET_OF[facet]))})`;
}

/** Whether an activity's stored body gives a number of countries (`countries.count`). */
function givesCountryCount(dialect: DialectInfo): RawBuilder<unknown> {
  return dialect.name === "postgres"
    ? sql`(r.body::jsonb #> '{countries,count}') is not null`
    : sql`json_extract(r.body, '$.countries.count') is not null`;
}

/**
 * Counts the activities of a scope by a facet in the database, as core's
 * `countActivitiesByFacet` defines it: one grouped count over the facet rows of the
 * activities in scope (for regions, those listed and those around the countries named), and one pass over those activities for how many there are, how many
 * have no value, and (for countries) how many give only a number of countries, read from
 * their bodies. Memory follows the number of values, not of activities.
 */
export async function countActivities(
  db: Connection,
  dialect: DialectInfo,
  query: ActivityCountQuery,
): Promise<ActivityCounts> {
  const records = tableIn(dialect, "records");
  const scoped = activitiesInScopeSql(query.scope ?? {}, dialect);
  const byKey = await sql<{ key: string; activities: number | string }>`
    select k.key, count(*) as activities from (${keysOf(dialect, query.facet, scoped)}) k group by k.key`.execute(db);
  const counted = query.facet === "country";
  const totals = await sql<{
    activities: number | string;
    without: number | string | null;
    counted: number | string | null;
  }>`
    select count(*) as activities,
      sum(case when ${hasKeySql(dialect, query.facet)} then 0 else 1 end) as without,
      ${counted ? sql`sum(case when ${givesCountryCount(dialect)} then 1 else 0 end)` : sql`0`} as counted
    from (${scoped}) s ${counted ? sql`cross join ${records} r where r.kind = 'activity' and r.id = s.id` : sql``}`.execute(
    db,
  );
  const total = totals.rows[0];
  return activityCountsOf(query, {
    activities: Number(total?.activities ?? 0),
    counts: byKey.rows.map((row) => ({ key: row.key, activities: Number(row.activities) })),
    without: Number(total?.without ?? 0),
    countriesCounted: Number(total?.counted ?? 0),
  });
}
