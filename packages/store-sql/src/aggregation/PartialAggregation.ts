import {
  coverageOfCountedValue,
  type CountryCoverage,
  type AggregationQuery,
  type Indicator,
  type Multiplier,
  type Qualifier,
  type Quantity,
} from "@remit/core";
import { sql, type RawBuilder } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { OBSERVATION_REGION_FACETS, inRegionSql } from "../projection/RegionMembership";
import { inScopeSql } from "./AggregationScopeSql";
import { GatheredPartialsUnion, gatheredKey, type GatheredCell, type GatheredPartials } from "./GatheredPartials";

/**
 * The observations that enter cells by partials (core's `entersByPartials`), as SQL: a
 * quantity of one of `indicators` in its unit or none.
 */
function entersByPartialsSql(indicators: readonly Indicator[]): RawBuilder<boolean> {
  if (indicators.length === 0) return sql<boolean>`1 = 0`;
  return sql<boolean>`(${sql.join(
    indicators.map(
      (indicator) =>
        sql`(v.indicator_id = ${indicator.id} and v.is_share = 0 and (v.unit is null or v.unit = ${indicator.unit}))`,
    ),
    sql` or `,
  )})`;
}

/**
 * The observations of the `wanted` indicators (of every indicator when undefined) that do not
 * enter cells by partials, `indicators` being those that aggregate by partials, as SQL: the
 * complement of `entersByPartialsSql(indicators)`, written without `not`, so that a planner
 * estimates it from the columns' statistics. PostgreSQL took `not (…)` to hold for half of an
 * indicator's figures and scanned them with two parallel workers, 166 ms for none at 200,000
 * activities, against 57 ms alone (load 10), in every aggregation.
 */
export function leftOutOfPartialsSql(
  indicators: readonly Indicator[],
  wanted: readonly string[] | undefined,
): RawBuilder<boolean> {
  const partial = new Set(indicators.map((indicator) => indicator.id));
  // An indicator's unit is never null, nor is `is_share`: a figure with a unit enters when it is its indicator's.
  // Written as ranges of `OBSERVATION_FORM_INDEX` (indicator, share, unit), each empty or nearly:
  // with `<>`, PostgreSQL scanned every figure of the store to find none.
  const arms = indicators.map(
    (indicator) =>
      sql`(v.indicator_id = ${indicator.id} and (v.is_share > 0 or v.is_share < 0
        or (v.is_share = 0 and (v.unit < ${indicator.unit} or v.unit > ${indicator.unit}))))`,
  );
  const others = wanted?.filter((id) => !partial.has(id));
  if (others === undefined)
    arms.push(partial.size === 0 ? sql`1 = 1` : sql`v.indicator_id not in (${sql.join([...partial])})`);
  else if (others.length > 0) arms.push(sql`v.indicator_id in (${sql.join(others)})`);
  if (arms.length === 0) return sql<boolean>`1 = 0`;
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}

/** The join giving each observation its groups (`g.value`; null when it is in none), as core's `aggregate` groups. */
function groupJoin(query: AggregationQuery, dialect: DialectInfo): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  const by = query.by;
  if (by === undefined) return sql``;
  if (by.dimension === "country")
    return sql`left join ${facet} g on g.record_id = v.id and g.facet = ${sql.lit(facetCode("observationCountry"))}`;
  if (by.dimension === "region") {
    if (by.regions.length === 0) return sql`left join ${facet} g on 1 = 0`;
    // PostgreSQL tested each (figure, region) pair, and hashed every area row of the store (67,000
    // at a million activities) to test the areas, for one block as for all: 120-200 ms for the
    // block a write stales. Each figure's regions asked for, looked up from its own countries
    // and areas, cost it two probes of the facets' key.
    if (dialect.name === "postgres") {
      const regions = sql.join([...new Set(by.regions)]);
      return sql`left join lateral (select rm.region as value from ${facet} rc cross join ${tableIn(dialect, "m49_member")} rm
          where rc.record_id = v.id and rc.facet = ${sql.lit(facetCode("observationCountry"))} and rm.country = rc.value
            and rm.region in (${regions})
        union select rl.value from ${facet} rl
          where rl.record_id = v.id and rl.facet = ${sql.lit(facetCode("observationArea"))} and rl.value in (${regions})) g on true`;
    }
    // One row per region asked for that the observation lists or holds a country of
    // (`m49_member`), as core groups by region.
    const asked = sql.join(
      [...new Set(by.regions)].map((region) => sql`select cast(${region} as text) as value`),
      sql` union all `,
    );
    return sql`left join (${asked}) g on ${inRegionSql(dialect, sql.ref("v.id"), sql.ref("g.value"), OBSERVATION_REGION_FACETS)}`;
  }
  const code = facetCode(by.dimension === "topic" ? "activityTopic" : "activityKind");
  const named = sql.lit(facetCode("observationActivity"));
  // SQLite materialises a parenthesised join for every observation of the store, whatever the
  // block asked for, so it reads the activities as a correlated list. PostgreSQL keeps the
  // join: it reaches it per observation, where a list in an outer join's condition would be
  // tested against every activity's groups.
  if (dialect.name === "sqlite")
    return sql`left join ${facet} g on g.facet = ${sql.lit(code)} and g.record_id in (select a.value from ${facet} a where a.record_id = v.id and a.facet = ${named})`;
  return sql`left join (${facet} a join ${facet} g on g.record_id = a.value and g.facet = ${sql.lit(code)}) on a.record_id = v.id and a.facet = ${named}`;
}

/**
 * The cells each observation of some blocks of `indicator` (every block when `blocks` is
 * undefined) entering by partials and in the query's scope falls in: one row per observation
 * and group, with its block (`blk`, 0 for every block) and its first activity
 * (`first_activity`, see `firstActivity`). The blocks are read through `observation_entry`'s
 * (indicator, block, id) index; `naming`, when given, keeps only the observations naming one of those activities.
 */
export function membership(
  query: AggregationQuery,
  indicator: Indicator,
  blocks: readonly number[] | undefined,
  dialect: DialectInfo,
  naming?: readonly string[],
): RawBuilder<unknown> {
  const facet = tableIn(dialect, "facet");
  const named = sql.lit(facetCode("observationActivity"));
  const bucket = sql.ref(query.bucket === "year" ? "v.year_bucket" : "v.month_bucket");
  const group = query.by === undefined ? sql`cast(null as text)` : sql`g.value`;
  // Two activities of one observation may share a topic or kind: one row per group, as core counts it once.
  const distinct = query.by?.dimension === "topic" || query.by?.dimension === "kind" ? sql`distinct` : sql``;
  const block = blocks === undefined ? sql`0` : sql`e.block`;
  const inBlocks = blocks === undefined ? sql`` : sql`and e.block in (${sql.join(blocks.map((one) => sql.lit(one)))})`;
  const namingOnly =
    naming === undefined
      ? sql``
      : sql`and e.id in (select n.record_id from ${facet} n where n.facet = ${named} and n.value in (${sql.join([...naming])}))`;
  return sql`select ${distinct} v.id, ${block} as blk, v.indicator_id, ${bucket} as bucket, ${group} as grp, v.value, v.qualifier, v.strict,
      v.multiplier, v.start_key, v.end_key, v.counted_coverage, v.counted_value,
      (select min(fa.value) from ${facet} fa where fa.record_id = v.id and fa.facet = ${named}) as first_activity
    from ${tableIn(dialect, "observation_entry")} e
      join ${tableIn(dialect, "observation_value")} v on v.id = e.id ${groupJoin(query, dialect)}
    where e.indicator_id = ${indicator.id} ${inBlocks} ${namingOnly}
      and ${entersByPartialsSql([indicator])}
      and ${inScopeSql(query.scope, dialect, { id: sql.ref("e.id"), periodStart: sql.ref("e.period_start"), periodEnd: sql.ref("e.period_end") })}`;
}

/**
 * The distinct values of a group as one JSON array of texts. A cell's countries (and, with
 * sources, activities and citations) come as one row per cell and facet, not one per value:
 * a store's first aggregation on PostgreSQL read some 112,000 rows per statement at 1,000,000
 * activities, one per block, cell and country, and held them all at once (the query phase's
 * peak RSS, 279 MB).
 */
function distinctValuesJson(dialect: DialectInfo, value: RawBuilder<unknown>): RawBuilder<string> {
  return dialect.name === "postgres"
    ? sql<string>`cast(json_agg(distinct ${value}) as text)`
    : sql<string>`json_group_array(distinct ${value})`;
}

/** One row of the partials query: a cell, what the row says of it (`tag`), and its value. */
interface PartialRow {
  readonly blk: number | string;
  readonly indicator_id: string;
  readonly bucket: string;
  readonly grp: string | null;
  readonly tag: number | string;
  readonly item: string;
  readonly n: number | string;
  /** For SUMS_TAG rows: the sum of the class's values, its earliest start and latest end keys. */
  readonly total: number | string | null;
  readonly first_start: string | null;
  readonly last_end: string | null;
}

/** The columns only sums rows fill. */
const none = sql`cast(null as double precision), cast(null as text), cast(null as text)`;

/**
 * Row tags besides facet codes: a qualifier class's sum and count, the observation itself
 * (with sources), its counted coverage or value, a block's count
 * of observations in two groups or more, the cell's count of activities named first, and an
 * activity named second or later.
 */
const SUMS_TAG = -3;
const OBSERVATION_TAG = 0;
const COVERAGE_TAG = -1;
const COUNTED_VALUE_TAG = -2;
const GROUPS_OVERLAP_TAG = -5;
const FIRST_ACTIVITIES_TAG = -6;
const OTHER_ACTIVITY_TAG = -7;

/** The partials of one block being gathered from its rows. */
interface GatheringBlock {
  readonly cells: Map<string, GatheredCell>;
  readonly coverages: Map<string, { coverage: CountryCoverage; observations: number }>;
  readonly sources: boolean;
  groupsOverlap: boolean;
}

function gatheringBlock(sources: boolean): GatheringBlock {
  return { cells: new Map(), coverages: new Map(), sources, groupsOverlap: false };
}

function cellOf(block: GatheringBlock, row: PartialRow): GatheredCell {
  const key = { indicatorId: row.indicator_id, bucket: row.bucket, group: row.grp };
  let cell = block.cells.get(gatheredKey(key));
  if (cell === undefined) {
    cell = {
      key,
      sums: [],
      firstStart: "\uffff",
      lastEnd: "",
      namedCountries: [],
      countedCoverages: [],
      observationCount: 0,
      firstActivities: 0,
      otherActivityIds: [],
      ...(block.sources ? { activityIds: [], observationIds: [], citations: [] } : {}),
    };
    block.cells.set(gatheredKey(key), cell);
  }
  return cell;
}

/** Adds the values of a facet row (see `distinctValuesJson`) to a cell's list, when it keeps one. */
function addValues(list: string[] | undefined, row: PartialRow): void {
  if (list === undefined) return;
  // One at a time: with sources, a cell may list more activities than a call takes arguments.
  for (const value of JSON.parse(row.item) as string[]) list.push(value);
}

/** Adds one row of the partials query to its block's cell. */
function gatherRow(block: GatheringBlock, row: PartialRow): void {
  const tag = Number(row.tag);
  if (tag === GROUPS_OVERLAP_TAG) {
    block.groupsOverlap ||= Number(row.n) > 0;
    return;
  }
  const cell = cellOf(block, row);
  if (tag === SUMS_TAG) {
    const [qualifier, strict, multiplier] = row.item.split(":");
    cell.sums.push({
      value: Number(row.total),
      qualifier: qualifier as Qualifier,
      strict: strict === "1",
      multiplier: multiplier === "" ? undefined : (multiplier as Multiplier),
    });
    // Each of the cell's observations is in one class: the classes' counts add up to the cell's.
    cell.observationCount += Number(row.n);
    if (row.first_start !== null && row.first_start < cell.firstStart) cell.firstStart = row.first_start;
    if (row.last_end !== null && row.last_end > cell.lastEnd) cell.lastEnd = row.last_end;
  } else if (tag === OBSERVATION_TAG) cell.observationIds?.push(row.item);
  else if (tag === FIRST_ACTIVITIES_TAG) cell.firstActivities += Number(row.n);
  else if (tag === OTHER_ACTIVITY_TAG) cell.otherActivityIds.push(row.item);
  else if (tag === facetCode("observationCountry")) addValues(cell.namedCountries, row);
  else if (tag === facetCode("observationActivity")) addValues(cell.activityIds, row);
  else if (tag === facetCode("observationCitation")) addValues(cell.citations, row);
  else {
    const coverage =
      tag === COVERAGE_TAG
        ? (JSON.parse(row.item) as CountryCoverage)
        : coverageOfCountedValue(JSON.parse(row.item) as Quantity);
    if (coverage === undefined) return;
    const key = `${gatheredKey(cell.key)}\u0000${JSON.stringify(coverage)}`;
    const counted = block.coverages.get(key);
    if (counted !== undefined) counted.observations += Number(row.n);
    else {
      const added = { coverage, observations: Number(row.n) };
      block.coverages.set(key, added);
      cell.countedCoverages.push(added);
    }
  }
}

/**
 * The partials of the cells of some blocks of `indicator`'s observations, each block's
 * apart (of all of them as block 0 when `blocks` is undefined; the indicator
 * `aggregatesByPartials`), in the query's scope, in one statement over the cells'
 * membership: per cell and qualifier class the sum, count and period bounds; per cell the
 * distinct countries and counted coverages, the count of observations, that of the distinct
 * activities its observations name first and the activities they name second or later; with
 * `query.sources`, the observations, activities and citations too. No row is read per observation unless
 * the query asks for sources. A block with no observation in scope has empty partials.
 */
export async function blockPartials(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicator: Indicator,
  blocks: readonly number[] | undefined,
): Promise<Map<number, GatheredPartials>> {
  const m = membership(query, indicator, blocks, dialect);
  const countedValues =
    indicator.aggregation !== "distinct-count"
      ? sql``
      : sql`union all select blk, indicator_id, bucket, grp, ${sql.lit(COUNTED_VALUE_TAG)}, counted_value, count(*), ${none}
          from m where counted_value is not null
          group by blk, indicator_id, bucket, grp, counted_value`;
  const sources = query.sources === true;
  const facets = [
    facetCode("observationCountry"),
    ...(sources ? [facetCode("observationActivity"), facetCode("observationCitation")] : []),
  ];
  const named = sql.lit(facetCode("observationActivity"));
  const observations = sources
    ? sql`union all select blk, indicator_id, bucket, grp, ${sql.lit(OBSERVATION_TAG)}, id, 1, ${none} from m`
    : sql``;
  // One statement, so the cells' membership is computed once (MATERIALIZED: SQLite 3.51 otherwise
  // recomputes it, and each observation's first activity, in every branch); the sums come first to type the columns.
  // The facets are read per member (CROSS JOIN keeps SQLite's order): driven from the facet
  // side, SQLite read every observation's countries, activities and citations for one block.
  const rows = await sql<PartialRow>`with m as materialized (${m})
    select blk, indicator_id, bucket, grp, ${sql.lit(SUMS_TAG)} as tag,
        qualifier || ':' || cast(strict as text) || ':' || coalesce(multiplier, '') as item, count(*) as n,
        sum(value) as total, min(start_key) as first_start, max(end_key) as last_end
      from m group by blk, indicator_id, bucket, grp, qualifier, strict, multiplier
    union all select m.blk, m.indicator_id, m.bucket, m.grp, f.facet, ${distinctValuesJson(dialect, sql.ref("f.value"))}, count(*), ${none}
      from m cross join ${tableIn(dialect, "facet")} f where f.record_id = m.id
        and f.facet in (${sql.join(facets.map((code) => sql.lit(code)))})
      group by m.blk, m.indicator_id, m.bucket, m.grp, f.facet
    union all select blk, indicator_id, bucket, grp, ${sql.lit(FIRST_ACTIVITIES_TAG)}, '', count(distinct first_activity), ${none}
      from m where first_activity is not null group by blk, indicator_id, bucket, grp
    union all select m.blk, m.indicator_id, m.bucket, m.grp, ${sql.lit(OTHER_ACTIVITY_TAG)}, f.value, count(*), ${none}
      from m cross join ${tableIn(dialect, "facet")} f where f.record_id = m.id and f.facet = ${named}
        and f.value <> m.first_activity
      group by m.blk, m.indicator_id, m.bucket, m.grp, f.value
    union all select blk, '', '', cast(null as text), ${sql.lit(GROUPS_OVERLAP_TAG)}, '', count(*), ${none}
      from (select blk, id from m group by blk, id having count(*) > 1) twice group by blk
    ${observations}
    union all select blk, indicator_id, bucket, grp, ${sql.lit(COVERAGE_TAG)}, counted_coverage, count(*), ${none} from m
      where counted_coverage is not null group by blk, indicator_id, bucket, grp, counted_coverage
    ${countedValues}`.execute(connection);

  const gathering = new Map<number, GatheringBlock>((blocks ?? [0]).map((block) => [block, gatheringBlock(sources)]));
  for (const row of rows.rows) {
    const block = gathering.get(Number(row.blk));
    if (block !== undefined) gatherRow(block, row);
  }
  return new Map(
    [...gathering].map(([number, block]) => [
      number,
      { cells: [...block.cells.values()], groupsOverlap: block.groupsOverlap },
    ]),
  );
}

/**
 * The partials of every cell of `indicators` over the observations in the query's scope,
 * computed each time in one statement per indicator: a scope (a mandate, a country, a year)
 * picks observations across every block, so the kept per-block partials cannot answer it.
 */
export async function scopedPartials(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicators: readonly Indicator[],
): Promise<GatheredPartials> {
  const union = new GatheredPartialsUnion();
  for (const indicator of indicators)
    for (const partials of (await blockPartials(connection, dialect, query, indicator, undefined)).values())
      union.add(partials);
  return union.merged();
}
