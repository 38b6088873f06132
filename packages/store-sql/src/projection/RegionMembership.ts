import { countriesInRegion, regionCodes } from "@remit/core";
import { sql, type RawBuilder } from "kysely";
import { tableIn, type DialectInfo } from "../DialectInfo";
import { facetCode } from "./Facets";

/**
 * Every (region, country) pair of core's M49 table: a country in a region at any depth, up to
 * the world (`001`). A few hundred rows, written to `m49_member` by migration 15, so that a
 * region filter or grouping reaches an activity or figure through the countries it names
 * instead of through a facet row per region above each of them.
 */
export function m49MemberRows(): [region: string, country: string][] {
  return regionCodes().flatMap((region) =>
    countriesInRegion(region).map((country): [string, string] => [region, country]),
  );
}

/**
 * The condition that the record `id` (an activity, or an observation with `area` and
 * `country` its observation facets) is in `region`: one of its countries is a member of it,
 * or a facet row lists the region itself. With `probe`, each record's own rows are looked up
 * where it stands: `offset 0` keeps PostgreSQL from turning the country test into a hash of
 * every facet row of the region's countries, built before the first record is read (Africa:
 * 75,000 rows and 25 ms at 200,000 activities, 125 ms at a million), which a page that finds
 * its 50 in a few hundred records never needs.
 */
export function inRegionSql(
  dialect: DialectInfo,
  id: RawBuilder<unknown>,
  region: string | RawBuilder<unknown>,
  facets: RegionFacets = ACTIVITY_REGION_FACETS,
  probe = false,
): RawBuilder<boolean> {
  const facet = tableIn(dialect, "facet");
  const members = tableIn(dialect, "m49_member");
  const perRecord = probe ? sql` offset 0` : sql``;
  // The countries first: most records in a region are there by a country they name (seven in
  // ten synthetic activities list no region), and the test stops at the first that holds.
  // Probing, each of the record's countries is looked up in `m49_member` (its key), so that
  // PostgreSQL does not join the region's members to them anew for every record: it hashed
  // Africa's 60 countries for each activity of "Africa in 2019" (1.9 ms of 155 probes at a
  // million, against 0.9 ms looked up).
  const inRegion = probe
    ? sql`exists (select 1 from ${facet} rc where rc.record_id = ${id} and rc.facet = ${sql.lit(facets.country)}
        and exists (select 1 from ${members} rm where rm.region = ${region} and rm.country = rc.value offset 0) offset 0)`
    : sql`exists (select 1 from ${facet} rc cross join ${members} rm
        where rc.record_id = ${id} and rc.facet = ${sql.lit(facets.country)} and rm.region = ${region} and rm.country = rc.value)`;
  return sql<boolean>`(${inRegion}
    or exists (select 1 from ${facet} rl where rl.record_id = ${id} and rl.facet = ${sql.lit(facets.listed)} and rl.value = ${region}${perRecord}))`;
}

/**
 * The ids (column `record_id`) of the records in `region`, each once: those listing it, and
 * those naming one of its countries, each a range of the `(facet, value, record_id)` index.
 */
export function recordsInRegionSql(
  dialect: DialectInfo,
  region: string,
  facets: RegionFacets = ACTIVITY_REGION_FACETS,
): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  return sql`select rl.record_id from ${facet} rl where rl.facet = ${sql.lit(facets.listed)} and rl.value = ${region}
    union select rc.record_id from ${tableIn(dialect, "m49_member")} rm cross join ${facet} rc
      where rm.region = ${region} and rc.facet = ${sql.lit(facets.country)} and rc.value = rm.country`;
}

/**
 * The regions of each record (columns `record_id`, `region`), each pair once: those it lists,
 * and those its countries are members of. `ids` is a query of the records' ids (column `id`).
 */
export function regionsOfRecordsSql(
  dialect: DialectInfo,
  ids: RawBuilder<unknown>,
  facets: RegionFacets = ACTIVITY_REGION_FACETS,
): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  return sql`select s.id as record_id, rl.value as region from (${ids}) s cross join ${facet} rl
      where rl.record_id = s.id and rl.facet = ${sql.lit(facets.listed)}
    union select s.id, rm.region from (${ids}) s cross join ${facet} rc cross join ${tableIn(dialect, "m49_member")} rm
      where rc.record_id = s.id and rc.facet = ${sql.lit(facets.country)} and rm.country = rc.value`;
}

/** The facets a record's regions are read from: the regions it lists and the countries it names. */
export interface RegionFacets {
  readonly listed: number;
  readonly country: number;
}

/** An activity's regions: `activityRegion` rows and `activityCountry` rows. */
const ACTIVITY_REGION_FACETS: RegionFacets = {
  listed: facetCode("activityRegion"),
  country: facetCode("activityCountry"),
};

/** An observation's areas (grouping by region): `observationArea` rows and `observationCountry` rows. */
export const OBSERVATION_REGION_FACETS: RegionFacets = {
  listed: facetCode("observationArea"),
  country: facetCode("observationCountry"),
};

/** Where a page of a region's records starts and how long it is, in id order. */
export interface RegionPageBounds {
  readonly direction: "asc" | "desc";
  /** The last id of the page before, if any. */
  readonly afterId: string | undefined;
  readonly count: number;
}

/**
 * The first ids (column `id`) of the records in `region` in a page's bounds, on SQLite: the
 * ranges of the `(facet, value, record_id)` index leading to the region (the records listing
 * it, and those naming each of its `countries`) as one compound ordered by id, which SQLite
 * merges, reading each range only as far as the page needs.
 */
export function mergedRegionPageSql(
  dialect: DialectInfo,
  region: string,
  countries: readonly string[],
  { direction, afterId, count }: RegionPageBounds,
  facets: RegionFacets = ACTIVITY_REGION_FACETS,
): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  const ranges = [
    { facet: facets.listed, value: region },
    ...countries.map((country) => ({ facet: facets.country, value: country })),
  ];
  const after = afterIdSql(direction, afterId);
  const arms = ranges.map(
    (range) =>
      sql`select record_id as id from ${facet} where facet = ${sql.lit(range.facet)} and value = ${range.value}${after}`,
  );
  return sql`${sql.join(arms, sql` union `)} order by 1 ${sql.raw(direction)} limit ${sql.lit(count)}`;
}

/**
 * The first ids (column `id`) of the records in `region` in a page's bounds, on PostgreSQL:
 * the first `count` of the records listing it and of each of its countries' (a scan of each
 * range, cut at `count`, joined laterally to `m49_member`), then the first `count` of those.
 * PostgreSQL would otherwise hash every record of the region, or of the world, for a page.
 */
export function lateralRegionPageSql(
  dialect: DialectInfo,
  region: string,
  { direction, afterId, count }: RegionPageBounds,
  facets: RegionFacets = ACTIVITY_REGION_FACETS,
): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  const order = sql.raw(direction);
  const after = afterIdSql(direction, afterId);
  return sql`select id from (
      (select record_id as id from ${facet} where facet = ${sql.lit(facets.listed)} and value = ${region}${after}
        order by record_id ${order} limit ${sql.lit(count)})
      union
      (select r.id from ${tableIn(dialect, "m49_member")} m cross join lateral (
          select record_id as id from ${facet} where facet = ${sql.lit(facets.country)} and value = m.country${after}
          order by record_id ${order} limit ${sql.lit(count)}) r
        where m.region = ${region})
    ) u order by id ${order} limit ${sql.lit(count)}`;
}

function afterIdSql(direction: "asc" | "desc", afterId: string | undefined): RawBuilder<unknown> {
  if (afterId === undefined) return sql``;
  return sql` and record_id ${sql.raw(direction === "asc" ? ">" : "<")} ${afterId}`;
}
