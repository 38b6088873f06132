import {
  countriesInRegion,
  normalizeSearchText,
  periodEnd,
  periodStart,
  type ActivityFilter,
  type ActivitySort,
  type ActivitySortKey,
} from "@remit/core";
import { sql, type AliasableExpression, type RawBuilder, type SelectQueryBuilder, type SqlBool } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { facetCode } from "../projection/Facets";
import {
  inRegionSql,
  lateralRegionPageSql,
  mergedRegionPageSql,
  recordsInRegionSql,
  type RegionPageBounds,
} from "../projection/RegionMembership";
import { isRegion, type FacetCriterion, type IndexedCriterion } from "./IndexedCriterion";
import type { ListPosition } from "./ListPosition";
import { startDayKey } from "./StartDayKey";
import { startOrderCriteria, startPositionSql, startRange } from "./StartOrderDriver";

/**
 * A facet value with fewer activities than this drives a sorted list: its activities are
 * narrowed and their keys sorted. A value with more leaves the driving to the sort order's
 * index, read in order until a page is found: reading a few hundred index entries beats
 * sorting a quarter of a million keys ("region 002, by title" took seconds at a million).
 */
const SMALL_FACET = 2_000;

/**
 * How many of a value's activities an unsorted list with several criteria counts to find the
 * rarest: enough to tell a rare value from a common one, and where each becomes sparse, at an
 * eighth of counting to `SMALL_FACET` (that count cost SQLite more steps than the page itself).
 */
const RARITY_SAMPLE = 256;

/**
 * The partner facet value a partner filter looks for: the one form its name or acronym leads
 * to (`partner_alias`), or the name itself when it leads nowhere, which no facet row holds.
 * A name two partners share leads to two forms: then the facets do not narrow by partner,
 * and core's predicate alone decides.
 */
async function partnerValue(connection: Connection, partner: string): Promise<string | undefined> {
  const wanted = normalizeSearchText(partner);
  const forms = await connection
    .selectFrom("partner_alias")
    .select("form")
    .where("alias", "=", wanted)
    .limit(2)
    .execute();
  if (forms.length === 0) return wanted;
  return forms.length === 1 ? forms[0]!.form : undefined;
}

/**
 * `partnerValue` as a scalar subquery of the page's own statement, for PostgreSQL, where a
 * statement's round trip costs more than the two index probes: the one form, or the name
 * itself when it leads nowhere; null when it leads to two forms, which then finds no activity
 * (`findActivities` looks the name up and asks again without it, see `PartnerLookup`).
 */
function partnerValueSql(dialect: DialectInfo, partner: string): RawBuilder<string> {
  const wanted = normalizeSearchText(partner);
  return sql<string>`(select case when count(*) <= 1 then coalesce(min(f.form), ${wanted}) end
    from (select form from ${tableIn(dialect, "partner_alias")} where alias = ${wanted} limit 2) f)`;
}

/**
 * How a partner filter finds its facet value: looked up first (`partnerValue`, a statement of
 * its own), or in the page's statement (`partnerValueSql`).
 */
export type PartnerLookup = "first" | "in-statement";

/** Whether a partner name leads to two forms, so that the facets cannot narrow by it. */
export async function isAmbiguousPartner(connection: Connection, partner: string): Promise<boolean> {
  return (await partnerValue(connection, partner)) === undefined;
}

/**
 * The criteria of a filter that facets answer. The facets hold the countries an activity
 * assists; other roles are left to core's predicate.
 */
async function indexedCriteria(
  connection: Connection,
  dialect: DialectInfo,
  filter: ActivityFilter,
  partnerLookup: PartnerLookup,
): Promise<IndexedCriterion[]> {
  const assisted = filter.placeRole === undefined || filter.placeRole === "assisted";
  const criterion = (facet: Parameters<typeof facetCode>[0], value: string | RawBuilder<string> | undefined) =>
    value === undefined ? undefined : { facet: facetCode(facet), value };
  const partner =
    filter.partner === undefined
      ? undefined
      : partnerLookup === "in-statement"
        ? partnerValueSql(dialect, filter.partner)
        : await partnerValue(connection, filter.partner);
  const criteria: (IndexedCriterion | undefined)[] = [
    criterion("activityMandate", filter.mandateId),
    criterion("activityCountry", assisted ? filter.country : undefined),
    criterion("activityPartner", partner),
    assisted && filter.region !== undefined ? { region: filter.region } : undefined,
    criterion("activityAudience", filter.audience),
    criterion("activityTopic", filter.topic),
    criterion("activityKind", filter.kind),
  ];
  return criteria.filter((criterion): criterion is IndexedCriterion => criterion !== undefined);
}

/** How far the first activities with a facet value reach, in id order. */
interface FacetReach {
  /** How many there are, counted no further than a bound (one short index range). */
  readonly count: number;
  /** The id of the last one counted. */
  readonly lastId: string;
}

/**
 * How many activities each criterion's value has (after `afterId`, when given), counted no
 * further than `bound`, and where the count stopped: of two values with `bound` activities or
 * more, the one whose count stops at a later id is the sparser in id order, which is the order
 * an unsorted list reads them in. A common value is told by its `bound`-th activity alone
 * (stepping over an index range costs SQLite a third of counting it); only a rarer one is
 * counted. A region's activities are counted (bounded; one listing the region and naming a
 * country in it counts twice: the count only ranks), with no last id: its ranges are not read
 * in id order, so of two common values the region never counts as the sparser.
 *
 * One statement asks for every criterion (a scalar subquery each), and one more counts the
 * rare values, if any: on SQLite a statement costs more in JavaScript (built, compiled and run
 * through Kysely) than the few hundred index entries it steps over.
 */
async function boundedReaches(
  connection: Connection,
  dialect: DialectInfo,
  criteria: readonly IndexedCriterion[],
  bound: number,
  afterId: string | undefined,
): Promise<FacetReach[]> {
  const facet = tableIn(dialect, "facet");
  const after = (column: string) => (afterId === undefined ? sql`` : sql` and ${sql.ref(column)} > ${afterId}`);
  const probes = criteria.map((criterion) =>
    isRegion(criterion)
      ? sql`(select count(*) from (
          select 1 as one from ${facet} rl where rl.facet = ${facetCode("activityRegion")} and rl.value = ${criterion.region}
          union all select 1 from ${tableIn(dialect, "m49_member")} rm cross join ${facet} rc
            where rm.region = ${criterion.region} and rc.facet = ${facetCode("activityCountry")} and rc.value = rm.country
          limit ${bound}) c)`
      : sql`(select p.record_id from ${facet} p where p.facet = ${criterion.facet} and p.value = ${criterion.value}${after("p.record_id")}
          order by p.record_id limit 1 offset ${bound - 1})`,
  );
  const reached = await selectOneRow(connection, probes);
  const rare = criteria.flatMap((criterion, index) =>
    !isRegion(criterion) && reached[index] == null ? [{ criterion, index }] : [],
  );
  const counts =
    rare.length === 0
      ? []
      : await selectOneRow(
          connection,
          rare.map(
            ({ criterion }) =>
              sql`(select count(*) from ${facet} p where p.facet = ${criterion.facet} and p.value = ${criterion.value}${after("p.record_id")})`,
          ),
        );
  return criteria.map((criterion, index): FacetReach => {
    const value = reached[index];
    if (isRegion(criterion)) return { count: Number(value ?? 0), lastId: "" };
    const counted = rare.findIndex((entry) => entry.index === index);
    if (counted === -1) return { count: bound, lastId: String(value) };
    return { count: Number(counts[counted] ?? 0), lastId: "" };
  });
}

/** The values of a one-row select of `columns` (scalar subqueries), in their order. */
async function selectOneRow(connection: Connection, columns: readonly RawBuilder<unknown>[]): Promise<unknown[]> {
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join(
    columns.map((column, index) => sql`${column} as ${sql.ref(`c${index}`)}`),
  )}`.execute(connection);
  const row = rows[0] ?? {};
  return columns.map((_, index) => row[`c${index}`]);
}

/** The rarer first: fewer activities, or, both past the bound, the sparser in id order. */
function byRarity(a: FacetReach, b: FacetReach): number {
  if (a.count !== b.count) return a.count - b.count;
  return a.lastId === b.lastId ? 0 : a.lastId > b.lastId ? -1 : 1;
}

/**
 * The criteria with the one to drive by first, or none to drive by when the list is sorted
 * and every value is common. On SQLite, whose sampled statistics know no single value's
 * share, with two criteria or more or a sorted list, each value is counted (bounded) and the
 * rarest drives: a range of the `(facet, value, record_id)` index. An unsorted list reads
 * that range from `afterId` on until a page is found, so of values too common to count, the
 * sparsest there drives: "partner interpol, audience prosecutors" read three times the
 * index entries when the denser value drove.
 */
async function orderCriteria(
  connection: Connection,
  dialect: DialectInfo,
  criteria: readonly IndexedCriterion[],
  sorted: boolean,
  afterId: string | undefined,
): Promise<{ readonly driver?: IndexedCriterion; readonly checks: readonly IndexedCriterion[] }> {
  const [first, ...rest] = criteria;
  if (first === undefined) return { checks: [] };
  // PostgreSQL keeps per-value statistics and merges index ranges itself: counting first
  // would only add round trips. A region, several ranges, is left to its planner as a check.
  if (dialect.name === "postgres") {
    const driver = criteria.find((criterion) => !isRegion(criterion));
    return { ...(driver === undefined ? {} : { driver }), checks: criteria.filter((one) => one !== driver) };
  }
  if (rest.length === 0 && !sorted && !isRegion(first)) return { driver: first, checks: rest };
  const bound = sorted ? SMALL_FACET : RARITY_SAMPLE;
  const reaches = await boundedReaches(connection, dialect, criteria, bound, sorted ? undefined : afterId);
  const counted = criteria.map((criterion, index) => ({ criterion, bound, reach: reaches[index]! }));
  counted.sort((a, b) => byRarity(a.reach, b.reach));
  const [rarest, ...others] = counted;
  // A region's activities are a union of ranges, sorted before the first is read: it drives
  // only when all of them were counted, below the bound.
  if (isRegion(rarest!.criterion) && rarest!.reach.count >= rarest!.bound) return { checks: criteria };
  if (sorted && rarest!.reach.count >= SMALL_FACET) return { checks: criteria };
  return { driver: rarest!.criterion, checks: others.map((entry) => entry.criterion) };
}

/** The activities with a facet criterion's value: one range of the `(facet, value, record_id)` index. */
function facetRange(connection: Connection, criterion: FacetCriterion) {
  return connection
    .selectFrom("facet as d")
    .where("d.facet", "=", criterion.facet)
    .where("d.value", "=", criterion.value);
}

/** A LIKE pattern finding `word` anywhere, with LIKE's wildcards in the word escaped. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The words of a free-text query, as `matchesSearchText` splits them. */
function searchWords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return normalizeSearchText(text)
    .split(" ")
    .filter((word) => word !== "");
}

/** The column of `activity` holding each sort key but the id (see `ACTIVITY_SORT_INDEXES`). */
const SORT_COLUMNS = {
  start: "a.period_start",
  title: "a.title_key",
  country: "a.country_key",
  kind: "a.kind_key",
} as const satisfies Record<Exclude<ActivitySortKey, "id">, string>;

/**
 * Regions with more member countries than this page by a walk in id order on SQLite: a
 * continent is found every few steps of the walk, and merging a range per country cost more
 * (Africa, 60 countries and 31% of the synthetic activities: 1.1 ms walked, 1.7–2.9 merged),
 * while a subregion is found rarely (Central Asia, 5 countries and 3%: 2.9–5.5 ms walked,
 * 1.0 merged). PostgreSQL pages every region so: it would otherwise hash the whole region.
 */
const MERGED_REGION_MEMBERS = 40;

/**
 * The page of an unsorted list filtered by a region alone (columns `id`, `sort_key`), read
 * from the first activities of each index range leading to the region, merged
 * (`mergedRegionPageSql` on SQLite, `lateralRegionPageSql` on PostgreSQL); none when the
 * walk in id order is cheaper.
 */
function regionPage(connection: Connection, dialect: DialectInfo, region: string, bounds: RegionPageBounds) {
  const ids =
    dialect.name === "sqlite"
      ? sqliteRegionPage(dialect, region, bounds)
      : lateralRegionPageSql(dialect, region, bounds);
  if (ids === undefined) return undefined;
  return connection
    .selectFrom(sql`(${ids})`.as("d"))
    .select([sql.ref<string>("d.id").as("id"), sql.ref<string>("d.id").as("sort_key")]);
}

/**
 * The merged ranges of a region's page on SQLite, when it has few enough countries. Its
 * countries are core's, which `m49_member` holds too (the store rewrites it when they differ).
 */
function sqliteRegionPage(
  dialect: DialectInfo,
  region: string,
  bounds: RegionPageBounds,
): RawBuilder<unknown> | undefined {
  const countries = countriesInRegion(region);
  if (countries.length > MERGED_REGION_MEMBERS) return undefined;
  return mergedRegionPageSql(dialect, region, countries, bounds);
}

/**
 * A query of activity keys with each check added: a region's membership, or one probe of the
 * facets per activity (`key`) for a facet value.
 */
function withChecks(
  keys: ActivityKeyQuery,
  dialect: DialectInfo,
  key: RawBuilder<string>,
  checks: readonly IndexedCriterion[],
): ActivityKeyQuery {
  let query = keys;
  for (const check of checks) {
    if (isRegion(check)) {
      // A region of many countries is found every few records of the walk: PostgreSQL probes
      // each one rather than hash the region first (SQLite probes every region so already).
      const probe = dialect.name === "postgres" && countriesInRegion(check.region).length > MERGED_REGION_MEMBERS;
      query = query.where(inRegionSql(dialect, key, check.region, undefined, probe));
      continue;
    }
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("facet as x")
          .select(sql.lit(1).as("one"))
          .where("x.record_id", "=", key)
          .where("x.facet", "=", check.facet)
          .where("x.value", "=", check.value),
      ),
    );
  }
  return query;
}

/** A query of activity keys, over the `activity` table (as `a`) and the driving facet rows, when any. */
type ActivityKeyQuery = SelectQueryBuilder<RemitDatabase & { a: RemitDatabase["activity"] }, "a", ActivityKey>;

/**
 * One activity of a list: its id and the key it is sorted by, as stored: core's text, or,
 * from a walk of `facet_by_start`, the start day as a `YYYYMMDD` integer (`startDayOfKey`).
 */
export interface ActivityKey {
  readonly id: string;
  readonly sort_key: string | number;
}

/**
 * The query of up to `count` ids of activities (`id`, `sort_key`) after `after`, in the order
 * `sort` asks for, narrowed by the filter in SQL, with no record body read: the keys are
 * narrowed and sorted first, and only the page's bodies are read, by the query around it. A list
 * sorted by start with a facet criterion walks that value's activities in start order instead
 * (`startOrderCriteria`, `startOrderKeys`). The facet criteria are checked by probes of
 * the facets' primary key; the `activity` table is joined only for what it alone holds
 * (period, search text, sort key).
 */
export async function activityKeys(
  connection: Connection,
  dialect: DialectInfo,
  filter: ActivityFilter,
  sort: ActivitySort,
  after: ListPosition | undefined,
  count: number,
  partnerLookup: PartnerLookup = "first",
): Promise<AliasableExpression<ActivityKey>> {
  const sorted = sort.by !== "id";
  const criteria = await indexedCriteria(connection, dialect, filter, partnerLookup);
  const words = searchWords(filter.text);
  const [region] = criteria;
  if (!sorted && criteria.length === 1 && isRegion(region!) && filter.period === undefined && words.length === 0) {
    const page = regionPage(connection, dialect, region.region, {
      direction: sort.direction,
      afterId: after?.id,
      count,
    });
    if (page !== undefined) return page;
  }
  // PostgreSQL merges the other facet values' start-ordered ranges with the driver's (see
  // `startOrderKeys`); decided once here, since it also decides how the driver is chosen.
  const mergesRanges = dialect.name === "postgres";
  const byStart =
    sort.by === "start"
      ? await startOrderCriteria(connection, criteria, sort.direction, after, mergesRanges)
      : undefined;
  if (byStart !== undefined) {
    const range = startRange(connection, byStart.driver, sort.direction, after);
    return startOrderKeys(
      connection,
      dialect,
      filter,
      words,
      { range, checks: byStart.checks, after, mergesRanges },
      sort.direction,
      count,
    );
  }
  const { driver, checks } = await orderCriteria(connection, dialect, criteria, sorted, after?.id);
  const needsActivity = sorted || filter.period !== undefined || words.length > 0 || driver === undefined;
  // The joins are CROSS JOINs with their conditions in WHERE: SQLite then keeps the written
  // order (the driving range first) instead of trusting sampled statistics; PostgreSQL
  // plans them as inner joins.
  const byActivity = connection.selectFrom("activity as a");
  const driving =
    driver === undefined
      ? undefined
      : isRegion(driver)
        ? (connection.selectFrom(sql`(${recordsInRegionSql(dialect, driver.region)})`.as("d")) as unknown as ReturnType<
            typeof facetRange
          >)
        : facetRange(connection, driver);
  const from =
    driving === undefined
      ? byActivity
      : needsActivity
        ? (driving.crossJoin("activity as a").whereRef("a.id", "=", "d.record_id") as unknown as typeof byActivity)
        : (driving as unknown as typeof byActivity);
  // A sorted list names the activity's own id, so that the cursor's (sort key, id) is a range
  // of the sort order's index: PostgreSQL puts a row comparison on an index only when its
  // columns are that index's, not columns equal to them through a join.
  const key = sql.ref<string>(driver === undefined || sorted ? "a.id" : "d.record_id");
  const sortKey = sort.by === "id" ? key : sql.ref<string>(SORT_COLUMNS[sort.by]);
  let query: ActivityKeyQuery = from.select([key.as("id"), sortKey.as("sort_key")]);
  query = withChecks(query, dialect, key, checks);
  if (filter.period !== undefined) {
    query = query
      .where("a.period_start", "<=", periodEnd(filter.period))
      .where("a.period_end", ">=", periodStart(filter.period));
  }
  for (const word of words) {
    query = query.where(sql<SqlBool>`${sql.ref("a.search_text")} like ${containsPattern(word)} escape ${"\\"}`);
  }
  const later = sort.direction === "asc" ? sql.raw(">") : sql.raw("<");
  if (after !== undefined) {
    query =
      !sorted || after.key === undefined
        ? query.where(sql<SqlBool>`${key} ${later} ${after.id}`)
        : query.where(sql<SqlBool>`(${sortKey}, ${key}) ${later} (${after.key}, ${after.id})`);
  }
  if (sorted) query = query.orderBy(sortKey, sort.direction);
  return query.orderBy(key, sort.direction).limit(count);
}

/**
 * The query of up to `count` ids of activities in start order (`id`, `sort_key`) from the
 * position `startRange` was given: one value's range of `facet_by_start`, read in order, each
 * activity checked against the other criteria, the period and the words, stopping at `count`
 * (on PostgreSQL, the other facet values' ranges are merged with it instead).
 * No sort: the index holds the order. The `activity` table is joined only for the period's end
 * and the search text; the period's last day bounds the range itself. The key is the stored
 * `YYYYMMDD` integer (`startDayOfKey` turns it into the next position's day).
 */
function startOrderKeys(
  connection: Connection,
  dialect: DialectInfo,
  filter: ActivityFilter,
  words: readonly string[],
  {
    range,
    checks,
    after,
    mergesRanges,
  }: {
    readonly range: ReturnType<typeof startRange>;
    readonly checks: readonly IndexedCriterion[];
    /** The position `range` starts after, which each merged range starts after too. */
    readonly after: ListPosition | undefined;
    /** Whether the other facet values' ranges are merged with the walked one, not checked per activity. */
    readonly mergesRanges: boolean;
  },
  direction: "asc" | "desc",
  count: number,
): AliasableExpression<ActivityKey> {
  let walked = range;
  if (filter.period !== undefined) walked = walked.where("d.start_key", "<=", startDayKey(periodEnd(filter.period)));
  // PostgreSQL merges each other facet value's range of `facet_by_start`, in the same order,
  // on (start key, id), instead of probing the facets once per activity walked: "country +
  // topic, latest first" read 132 index pages so, against 1,832 probing its 433 activities at a million.
  const merged = mergesRanges ? checks.filter((check): check is FacetCriterion => !isRegion(check)) : [];
  for (const [index, check] of merged.entries()) {
    // One alias per value; Kysely's types know one name, the SQL gets each.
    const alias = `m${index}` as "m";
    // The range is bounded as the walked one is (the position, the period's last day): PostgreSQL
    // does not carry a row comparison across the join's equalities, and would read it from its start.
    walked = walked.innerJoin(`facet as ${alias}`, (join) => {
      let on = join
        .onRef(`${alias}.start_key`, "=", "d.start_key")
        .onRef(`${alias}.record_id`, "=", "d.record_id")
        .on(`${alias}.facet`, "=", check.facet)
        .on(`${alias}.value`, "=", check.value)
        .on(`${alias}.start_key`, "is not", null);
      const position = startPositionSql(`${alias}.start_key`, `${alias}.record_id`, direction, after);
      if (position !== undefined) on = on.on(position);
      if (filter.period !== undefined) on = on.on(`${alias}.start_key`, "<=", startDayKey(periodEnd(filter.period)));
      return on;
    });
  }
  const needsActivity = filter.period !== undefined || words.length > 0;
  const from = (needsActivity
    ? walked.crossJoin("activity as a").whereRef("a.id", "=", "d.record_id")
    : walked) as unknown as ReturnType<typeof connection.selectFrom<"activity as a">>;
  const key = sql.ref<string>("d.record_id");
  const startKey = sql.ref<number>("d.start_key");
  let query: ActivityKeyQuery = from.select([key.as("id"), startKey.as("sort_key")]);
  if (filter.period !== undefined) query = query.where("a.period_end", ">=", periodStart(filter.period));
  query = withChecks(
    query,
    dialect,
    key,
    checks.filter((check) => isRegion(check) || !merged.includes(check)),
  );
  for (const word of words) {
    query = query.where(sql<SqlBool>`${sql.ref("a.search_text")} like ${containsPattern(word)} escape ${"\\"}`);
  }
  return query.orderBy(startKey, direction).orderBy(key, direction).limit(count);
}
