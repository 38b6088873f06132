import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { Connection } from "../DialectInfo";
import { isRegion, type FacetCriterion, type IndexedCriterion } from "./IndexedCriterion";
import type { ListPosition } from "./ListPosition";
import { startDayKey } from "./StartDayKey";

/**
 * How far into each value's activities, in start order from the page's position, the choice
 * of the value to walk looks: its 256th activity tells a dense value from a sparse one at the
 * cost of stepping over 256 index entries (0.01 ms on SQLite).
 */
const START_SAMPLE = 256;

/** How far the first `START_SAMPLE` activities of a value reach in start order. */
interface StartReach {
  /** How many there are, counted no further than `START_SAMPLE`. */
  readonly count: number;
  /** The start day (`YYYYMMDD`) and id of the last one counted, when all `START_SAMPLE` were there. */
  readonly last?: { readonly key: number; readonly id: string };
}

/**
 * The activities with a facet criterion's value in start order, from `after` on (whose key is
 * core's start day, text): one range of `facet_by_start`, which holds only rows with a start
 * key (so the query must say so).
 */
export function startRange(
  connection: Connection,
  criterion: FacetCriterion,
  direction: "asc" | "desc",
  after: ListPosition | undefined,
) {
  const range = connection
    .selectFrom("facet as d")
    .where("d.facet", "=", criterion.facet)
    .where("d.value", "=", criterion.value)
    .where("d.start_key", "is not", null);
  const position = startPositionSql("d.start_key", "d.record_id", direction, after);
  return position === undefined ? range : range.where(position);
}

/**
 * The condition that a facet row (its start key and record id columns) comes after `after`
 * in start order; none when the list is at its start or the position has no key.
 */
export function startPositionSql(
  startKey: string,
  recordId: string,
  direction: "asc" | "desc",
  after: ListPosition | undefined,
): RawBuilder<SqlBool> | undefined {
  if (after?.key === undefined) return undefined;
  const later = sql.raw(direction === "asc" ? ">" : "<");
  return sql<SqlBool>`(${sql.ref(startKey)}, ${sql.ref(recordId)}) ${later} (${startDayKey(after.key)}, ${after.id})`;
}

/**
 * Each value's reach from the page's position (`StartReach`), in one statement: a scalar
 * subquery per value, its `START_SAMPLE`-th activity as `start_key id` (a start key is digits,
 * so the first space ends it); the values with fewer are counted in one more. On SQLite a
 * statement costs more in JavaScript than the few hundred index entries it steps over.
 */
async function startReaches(
  connection: Connection,
  criteria: readonly FacetCriterion[],
  direction: "asc" | "desc",
  after: ListPosition | undefined,
): Promise<StartReach[]> {
  const reached = await connection
    .selectNoFrom(
      criteria.map((criterion, index) =>
        startRange(connection, criterion, direction, after)
          .select(sql<string>`${sql.ref("d.start_key")} || ' ' || ${sql.ref("d.record_id")}`.as("at"))
          .orderBy("d.start_key", direction)
          .orderBy("d.record_id", direction)
          .limit(1)
          .offset(START_SAMPLE - 1)
          .as(`c${index}`),
      ),
    )
    .executeTakeFirstOrThrow();
  const at = (index: number) => (reached as Record<string, string | null>)[`c${index}`] ?? null;
  const rare = criteria.flatMap((criterion, index) => (at(index) === null ? [{ criterion, index }] : []));
  const counts =
    rare.length === 0
      ? {}
      : await connection
          .selectNoFrom(
            rare.map(({ criterion }, position) =>
              connection
                .selectFrom(
                  startRange(connection, criterion, direction, after)
                    .select(sql.lit(1).as("one"))
                    .limit(START_SAMPLE)
                    .as("c"),
                )
                .select((eb) => eb.fn.countAll().as("count"))
                .as(`n${position}`),
            ),
          )
          .executeTakeFirstOrThrow();
  return criteria.map((_, index): StartReach => {
    const last = at(index);
    if (last === null) {
      const position = rare.findIndex((entry) => entry.index === index);
      return { count: Number((counts as Record<string, number | string | null>)[`n${position}`] ?? 0) };
    }
    const space = last.indexOf(" ");
    return { count: START_SAMPLE, last: { key: Number(last.slice(0, space)), id: last.slice(space + 1) } };
  });
}

/**
 * The sparser first: fewer activities, or, both past the sample, the one whose sample ends
 * farther along the walk (it holds fewer activities per stretch of the order).
 */
function bySparseness(direction: "asc" | "desc"): (a: StartReach, b: StartReach) => number {
  return (a, b) => {
    if (a.count !== b.count || a.last === undefined || b.last === undefined) return a.count - b.count;
    const ascending = a.last.key < b.last.key || (a.last.key === b.last.key && a.last.id < b.last.id) ? -1 : 1;
    return direction === "asc" ? -ascending : ascending;
  };
}

/**
 * The facet criterion whose activities a list sorted by start walks (through `facet_by_start`,
 * checking the other criteria per activity and stopping at the page), with the others as
 * checks; undefined when no facet criterion is there to walk (a region alone). Of several,
 * the sparsest from the page's position on drives: "country + topic, latest first" read 400
 * index entries so, against 3,900 activities walked by start at 200,000 activities. Where the
 * other facet values' ranges are merged with the driver's (`merged`: PostgreSQL), every range
 * is read to the same position whichever drives, so the first drives and nothing is sampled.
 */
export async function startOrderCriteria(
  connection: Connection,
  criteria: readonly IndexedCriterion[],
  direction: "asc" | "desc",
  after: ListPosition | undefined,
  merged = false,
): Promise<{ readonly driver: FacetCriterion; readonly checks: readonly IndexedCriterion[] } | undefined> {
  const facets = criteria.filter((criterion): criterion is FacetCriterion => !isRegion(criterion));
  if (facets.length === 0) return undefined;
  let driver = facets[0]!;
  if (facets.length > 1 && !merged) {
    const sampled = await startReaches(connection, facets, direction, after);
    const reaches = facets.map((criterion, index) => ({ criterion, reach: sampled[index]! }));
    const order = bySparseness(direction);
    driver = reaches.reduce((best, next) => (order(next.reach, best.reach) < 0 ? next : best)).criterion;
  }
  return { driver, checks: criteria.filter((criterion) => criterion !== driver) };
}
