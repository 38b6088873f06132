import type { AggregationQuery, Indicator } from "@remit/core";
import type { Connection, DialectInfo } from "../DialectInfo";
import { ACTIVITIES_KEY, INDICATOR_BLOCK, MERGED_BLOCKS, blocksOfGroup } from "./AggregationBlocks";
import { GatheredPartialsUnion, type GatheredPartials } from "./GatheredPartials";
import { blockPartials } from "./PartialAggregation";

/**
 * The version of the kept partials' layout, part of every shape: partials kept by an
 * earlier layout (or schema 1's per-block results, in the same table) are never read.
 */
const LAYOUT = "partials-4";

/**
 * What partials are kept for: a block's or a group of blocks' (`level`), the query's bucket
 * and grouping (not its indicators: one indicator per row), and whether they list the cells' sources.
 */
function shapeOf(query: AggregationQuery, level: "block" | "group"): string {
  return JSON.stringify([LAYOUT, level, query.bucket, query.by ?? null, query.sources === true]);
}

/** Whether a query's groups come from the activities, so that an activity's change changes its cells. */
function readsActivities(query: AggregationQuery): boolean {
  return query.by?.dimension === "topic" || query.by?.dimension === "kind";
}

/** What kept partials were computed from: a block's stamp, and a group's (all its blocks'). */
interface Stamps {
  readonly block: (block: number) => string;
  readonly group: (group: number) => string;
}

/**
 * The generations partials were computed from: each block's own, the indicator's (its unit
 * decides which figures enter) and, for topics and kinds, the activities'. Partials kept
 * with another stamp are computed again.
 */
async function stampsOf(connection: Connection, indicatorId: string, query: AggregationQuery): Promise<Stamps> {
  const rows = await connection
    .selectFrom("aggregation_generation")
    .select(["indicator_id", "block", "generation"])
    .where((eb) =>
      eb.or([
        eb("indicator_id", "=", indicatorId),
        eb.and([eb("indicator_id", "=", ACTIVITIES_KEY.indicatorId), eb("block", "=", ACTIVITIES_KEY.block)]),
      ]),
    )
    .execute();
  const generations = new Map(rows.map((row) => [`${row.indicator_id}\u0000${row.block}`, Number(row.generation)]));
  const generation = (id: string, block: number) => generations.get(`${id}\u0000${block}`) ?? 0;
  const common = [
    generation(indicatorId, INDICATOR_BLOCK),
    readsActivities(query) ? generation(ACTIVITIES_KEY.indicatorId, ACTIVITIES_KEY.block) : 0,
  ].join(".");
  return {
    block: (block) => `${generation(indicatorId, block)}.${common}`,
    group: (group) =>
      `${blocksOfGroup(group)
        .map((block) => generation(indicatorId, block))
        .join(",")}.${common}`,
  };
}

/** Partials to keep: a block's or a group's, for one query shape. */
interface KeptRow {
  readonly indicator_id: string;
  readonly block: number;
  readonly shape: string;
  readonly stamp: string;
  readonly result: string;
}

/** Rows kept per statement: five parameters each, well under any dialect's parameter limit. */
const KEEP_CHUNK = 1_000;

/**
 * Keeps partials for the next aggregation of the same shape, in one statement per thousand
 * rows (one commit: a commit per row made a first aggregation on PostgreSQL wait on the log
 * for each). Keeping is an optimisation, never a condition of the answer: a store opened
 * read-only, or one whose write lock another process holds at this moment, answers the same
 * and keeps nothing.
 */
async function keep(connection: Connection, rows: readonly KeptRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += KEEP_CHUNK) {
    try {
      await connection
        .insertInto("aggregation_cache")
        .values(rows.slice(start, start + KEEP_CHUNK))
        .onConflict((conflict) =>
          conflict.columns(["indicator_id", "shape", "block"]).doUpdateSet((eb) => ({
            stamp: eb.ref("excluded.stamp"),
            result: eb.ref("excluded.result"),
          })),
        )
        .execute();
    } catch {
      // Not kept: the next aggregation of this shape computes them again.
      return;
    }
  }
}

/** Kept partials as read: their stamp, and their JSON. */
interface KeptResult {
  readonly stamp: string;
  readonly result: string;
}

/** The kept partials of `indicator` of one shape, by block (or group), of some blocks only when `blocks` is given. */
async function keptOf(
  connection: Connection,
  indicator: Indicator,
  shape: string,
  blocks?: readonly number[],
): Promise<Map<number, KeptResult>> {
  let rows = connection
    .selectFrom("aggregation_cache")
    .select(["block", "stamp", "result"])
    .where("indicator_id", "=", indicator.id)
    .where("shape", "=", shape);
  if (blocks !== undefined) rows = rows.where("block", "in", blocks);
  return new Map((await rows.execute()).map((row) => [Number(row.block), row]));
}

/**
 * The partials of one group of blocks (`blocksOfGroup`) of `indicator`: each block's kept
 * partials (`keptBlocks`) when their stamp is current, the others computed in one SQL
 * statement (`blockPartials`), all merged; with the computed blocks' partials to keep.
 */
async function groupPartials(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicator: Indicator,
  group: number,
  stamps: Stamps,
  keptBlocks: ReadonlyMap<number, KeptResult>,
): Promise<{ partials: GatheredPartials; computed: KeptRow[] }> {
  const shape = shapeOf(query, "block");
  const union = new GatheredPartialsUnion();
  const stale: number[] = [];
  for (const block of blocksOfGroup(group)) {
    const found = keptBlocks.get(block);
    if (found !== undefined && found.stamp === stamps.block(block))
      union.add(JSON.parse(found.result) as GatheredPartials);
    else stale.push(block);
  }
  const computed: KeptRow[] = [];
  if (stale.length === 0) return { partials: union.merged(), computed };
  // One statement for the group's stale blocks: its rows are a group's at most (1/16 of the figures).
  for (const [block, partials] of await blockPartials(connection, dialect, query, indicator, stale)) {
    union.add(partials);
    computed.push({
      indicator_id: indicator.id,
      block,
      shape,
      stamp: stamps.block(block),
      result: JSON.stringify(partials),
    });
  }
  return { partials: union.merged(), computed };
}

/**
 * The partials of every cell of `indicators` (those that `aggregatesByPartials`), kept per
 * block of 1/256 of an indicator's observations and merged per group of 16 blocks, per query
 * shape. A group is read as kept when none of its blocks' generations (which every write
 * bumps inside its own transaction) changed since; otherwise its changed blocks are computed
 * in SQL and merged with its other blocks' kept partials. So the first aggregation after a
 * write computes the 1/256 of the figures the write changed, and merges one group again.
 * The kept partials of the stale groups' blocks are read in one statement, and everything
 * computed is kept at the end: a store's first aggregation runs one statement per group and
 * a few more, whatever its size.
 *
 * The stamps are read before the blocks are computed: a write committed in between makes
 * kept partials newer than their stamp, which only costs one more computation later.
 */
export async function keptPartials(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicators: readonly Indicator[],
): Promise<GatheredPartials> {
  const shape = shapeOf(query, "group");
  const union = new GatheredPartialsUnion();
  const computed: KeptRow[] = [];
  for (const indicator of indicators) {
    const stamps = await stampsOf(connection, indicator.id, query);
    const keptGroups = await keptOf(connection, indicator, shape);
    const stale: number[] = [];
    for (let group = 0; group < MERGED_BLOCKS; group += 1) {
      const found = keptGroups.get(group);
      if (found !== undefined && found.stamp === stamps.group(group))
        union.add(JSON.parse(found.result) as GatheredPartials);
      else stale.push(group);
    }
    if (stale.length === 0) continue;
    const keptBlocks = await keptOf(connection, indicator, shapeOf(query, "block"), stale.flatMap(blocksOfGroup));
    for (const group of stale) {
      const merged = await groupPartials(connection, dialect, query, indicator, group, stamps, keptBlocks);
      union.add(merged.partials);
      computed.push(...merged.computed, {
        indicator_id: indicator.id,
        block: group,
        shape,
        stamp: stamps.group(group),
        result: JSON.stringify(merged.partials),
      });
    }
  }
  await keep(connection, computed);
  return union.merged();
}
