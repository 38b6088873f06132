import { aggregatesByPartials, type AggregationQuery, type Indicator } from "@remit/core";
import { sql } from "kysely";
import type { Connection, DialectInfo } from "../DialectInfo";
import { ACTIVITIES_KEY, INDICATOR_BLOCK, MERGED_BLOCKS, blocksOfGroup, type GenerationKey } from "./AggregationBlocks";
import { GatheredPartialsUnion, type GatheredPartials } from "./GatheredPartials";
import { blockPartials } from "./PartialAggregation";
import { storedIndicators } from "./StoredIndicators";

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

/**
 * The query a group shape was kept for (its bucket, grouping and sources; unscoped, as kept
 * partials are), or undefined for another level or an earlier layout.
 */
function queryOfGroupShape(shape: string): AggregationQuery | undefined {
  // Schema 1's per-block results share the table, with shapes of their own that are not read as JSON.
  if (!shape.startsWith(`${JSON.stringify([LAYOUT, "group"]).slice(0, -1)},`)) return undefined;
  const [, , bucket, by, sources] = JSON.parse(shape) as [
    string,
    string,
    AggregationQuery["bucket"],
    AggregationQuery["by"] | null,
    boolean,
  ];
  return { bucket, ...(by === null || by === undefined ? {} : { by }), ...(sources ? { sources } : {}) };
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

/**
 * Rows kept per statement. A row's partials run to 85 KB at 1,000,000 activities, and a
 * statement's parameters are held in one buffer while it is sent: the 272 rows of a store's
 * first aggregation in one statement took 28 MB of it on PostgreSQL.
 */
const KEEP_CHUNK = 16;

async function upsertKept(connection: Connection, rows: readonly KeptRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += KEEP_CHUNK)
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
}

/**
 * Keeps partials for the next aggregation of the same shape, in one statement per thousand
 * rows (a commit per row made a first aggregation on PostgreSQL wait on the log for each).
 * Keeping is an optimisation, never a condition of the answer: a store opened read-only, or
 * one whose write lock another process holds at this moment, answers the same and keeps
 * nothing. So PostgreSQL does not wait for the log to reach the disk before answering: kept
 * partials lost in a crash are computed again (on SQLite the commit of a WAL database does not wait for the disk).
 */
async function keep(connection: Connection, dialect: DialectInfo, rows: readonly KeptRow[]): Promise<void> {
  if (rows.length === 0) return;
  try {
    if (dialect.name === "postgres")
      await connection.transaction().execute(async (transaction) => {
        await sql`set local synchronous_commit = off`.execute(transaction);
        await upsertKept(transaction, rows);
      });
    else await upsertKept(connection, rows);
  } catch {
    // Not kept: the next aggregation of this shape computes them again.
  }
}

/** Kept partials as read: their stamp, and their JSON. */
interface KeptResult {
  readonly stamp: string;
  readonly result: string;
}

/** The kept partials of `indicatorId` of one shape, by block (or group), of some blocks only when `blocks` is given. */
async function keptOf(
  connection: Connection,
  indicatorId: string,
  shape: string,
  blocks?: readonly number[],
): Promise<Map<number, KeptResult>> {
  let rows = connection
    .selectFrom("aggregation_cache")
    .select(["block", "stamp", "result"])
    .where("indicator_id", "=", indicatorId)
    .where("shape", "=", shape);
  if (blocks !== undefined) rows = rows.where("block", "in", blocks);
  return new Map((await rows.execute()).map((row) => [Number(row.block), row]));
}

/**
 * Blocks computed per statement at most. PostgreSQL computes many blocks by hashing every
 * country, area and activity row of the figures, whatever the blocks: a store's first
 * aggregation of a shape computed group by group hashed them 16 times (16 statements of 5.6 s
 * against one of 6.7 s for all 256 blocks at 200,000 activities, load 17), so it computes four
 * groups per statement; bounded, as a statement's rows are held together (all 256 blocks'
 * took 60 MB more RSS at 200,000 on SQLite). SQLite reads each figure's rows where it stands, so one
 * group per statement costs it no more, and a larger statement's sorts cost it some 15% more CPU.
 */
function blocksPerStatement(dialect: DialectInfo): number {
  return dialect.name === "postgres" ? 64 : 16;
}

/** The stale groups in runs whose stale blocks are computed in one statement (`limit` blocks at most). */
function statementsOf(groups: readonly number[], staleBlocks: (group: number) => number[], limit: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let blocks = 0;
  for (const group of groups) {
    const count = staleBlocks(group).length;
    if (run.length > 0 && blocks + count > limit) {
      runs.push(run);
      run = [];
      blocks = 0;
    }
    run.push(group);
    blocks += count;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** What one indicator's kept partials of one shape are merged from: the shape's stamps and its kept blocks. */
interface GroupSources {
  readonly query: AggregationQuery;
  readonly indicator: Indicator;
  readonly stamps: Stamps;
  readonly keptBlocks: ReadonlyMap<number, KeptResult>;
}

/** The blocks of `group` whose kept partials do not match their stamp (or that have none). */
function staleBlocksOf(sources: GroupSources, group: number): number[] {
  return blocksOfGroup(group).filter((block) => sources.keptBlocks.get(block)?.stamp !== sources.stamps.block(block));
}

/**
 * Each of `groups` merged again: its stale blocks computed in SQL a few groups per statement
 * (`blocksPerStatement`), its other blocks read as kept. What was computed (the stale blocks
 * and the merged groups) is added to `computed`, to keep.
 */
async function mergeGroups(
  connection: Connection,
  dialect: DialectInfo,
  sources: GroupSources,
  groups: readonly number[],
  computed: KeptRow[],
): Promise<GatheredPartials[]> {
  const { query, indicator, stamps, keptBlocks } = sources;
  const blockShape = shapeOf(query, "block");
  const groupShape = shapeOf(query, "group");
  const mergedGroups: GatheredPartials[] = [];
  const staleBlocks = (group: number) => staleBlocksOf(sources, group);
  for (const run of statementsOf(groups, staleBlocks, blocksPerStatement(dialect))) {
    const blocks = run.flatMap(staleBlocks);
    const fresh =
      blocks.length === 0
        ? new Map<number, GatheredPartials>()
        : await blockPartials(connection, dialect, query, indicator, blocks);
    for (const group of run) {
      const merging = new GatheredPartialsUnion();
      for (const block of blocksOfGroup(group)) {
        const partials = fresh.get(block);
        // A block not computed now is one whose kept partials are current.
        const kept = keptBlocks.get(block);
        if (partials === undefined) {
          if (kept !== undefined) merging.add(JSON.parse(kept.result) as GatheredPartials);
          continue;
        }
        merging.add(partials);
        const result = JSON.stringify(partials);
        computed.push({ indicator_id: indicator.id, block, shape: blockShape, stamp: stamps.block(block), result });
      }
      const merged = merging.merged();
      mergedGroups.push(merged);
      computed.push({
        indicator_id: indicator.id,
        block: group,
        shape: groupShape,
        stamp: stamps.group(group),
        result: JSON.stringify(merged),
      });
    }
  }
  return mergedGroups;
}

/** Gathered partials, and the keeping of those computed for them, which never fails (see `keep`). */
export interface KeptGathering {
  readonly partials: GatheredPartials;
  readonly kept: Promise<void>;
}

/**
 * The partials of every cell of `indicators` (those that `aggregatesByPartials`), kept per
 * block of 1/256 of an indicator's observations and merged per group of 16 blocks, per query
 * shape. A group is read as kept when none of its blocks' generations (which every write
 * bumps inside its own transaction) changed since; otherwise its changed blocks are computed
 * in SQL and merged with its other blocks' kept partials. So the first aggregation after a
 * write computes the 1/256 of the figures the write changed, and merges one group again
 * (unless the write did so itself: see `refreshKeptPartials`).
 * The kept partials of the stale groups' blocks are read in one statement, the stale blocks
 * computed a few groups per statement (`blocksPerStatement`), and everything computed is
 * kept at the end (`kept`, which the caller awaits): a store's first aggregation runs 4
 * statements per indicator on PostgreSQL (16 on SQLite) and a few more, whatever its size.
 *
 * The stamps are read before the blocks are computed: a write committed in between makes
 * kept partials newer than their stamp, which only costs one more computation later.
 */
export async function keptPartials(
  connection: Connection,
  dialect: DialectInfo,
  query: AggregationQuery,
  indicators: readonly Indicator[],
): Promise<KeptGathering> {
  const groupShape = shapeOf(query, "group");
  const blockShape = shapeOf(query, "block");
  const union = new GatheredPartialsUnion();
  const computed: KeptRow[] = [];
  for (const indicator of indicators) {
    const stamps = await stampsOf(connection, indicator.id, query);
    const keptGroups = await keptOf(connection, indicator.id, groupShape);
    const stale: number[] = [];
    for (let group = 0; group < MERGED_BLOCKS; group += 1) {
      const found = keptGroups.get(group);
      if (found !== undefined && found.stamp === stamps.group(group))
        union.add(JSON.parse(found.result) as GatheredPartials);
      else stale.push(group);
    }
    if (stale.length === 0) continue;
    const keptBlocks = await keptOf(connection, indicator.id, blockShape, stale.flatMap(blocksOfGroup));
    const sources = { query, indicator, stamps, keptBlocks };
    for (const merged of await mergeGroups(connection, dialect, sources, stale, computed)) union.add(merged);
  }
  // Kept while the caller finishes the aggregation: the caller waits for it before answering.
  return { partials: union.merged(), kept: keep(connection, dialect, computed) };
}

/**
 * Shapes whose kept partials one write recomputes at most, per indicator it changes: each
 * costs the write one statement over the blocks it changed, and a merge of their groups.
 */
const REFRESHED_SHAPES = 4;

/** The shapes (query bucket, grouping and sources) of which `indicatorId` has a kept group among `groups`. */
async function keptShapesOf(connection: Connection, indicatorId: string, groups: readonly number[]): Promise<string[]> {
  const rows = await connection
    .selectFrom("aggregation_cache")
    .select("shape")
    .distinct()
    .where("indicator_id", "=", indicatorId)
    .where("block", "in", groups)
    .execute();
  return rows
    .map((row) => row.shape)
    .filter((shape) => queryOfGroupShape(shape) !== undefined)
    .sort();
}

/**
 * Inside a write's transaction, after its rows are written: recomputes the kept partials of
 * the blocks the write changed (`keys`), and merges their groups again, so the next
 * aggregation reads them as kept instead of computing them. Bounded to what is cheap and
 * known to be asked for: indicators that `aggregatesByPartials`, shapes with a kept group
 * (`REFRESHED_SHAPES` at most), and groups whose other blocks are current (a group stale
 * for another reason is left to the next aggregation). The rows are kept by the write's own
 * commit; a failure here is rolled back to a savepoint, and costs the write nothing else.
 */
export async function refreshKeptPartials(
  connection: Connection,
  dialect: DialectInfo,
  keys: readonly GenerationKey[],
): Promise<void> {
  const changed = new Map<string, Set<number>>();
  for (const key of keys)
    if (key.indicatorId !== "" && key.block >= 0)
      changed.set(key.indicatorId, (changed.get(key.indicatorId) ?? new Set()).add(key.block));
  if (changed.size === 0) return;
  await sql`savepoint kept_partials`.execute(connection);
  try {
    // Indicators in id order, as an aggregation keeps them: two writers' or a reader's
    // upserts then never wait on each other in a cycle.
    for (const [indicatorId, blocks] of [...changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      await refreshIndicator(connection, dialect, indicatorId, blocks);
    await sql`release savepoint kept_partials`.execute(connection);
  } catch {
    // Not kept: the next aggregation of these shapes computes them, as it would without this.
    await sql`rollback to savepoint kept_partials`.execute(connection);
    await sql`release savepoint kept_partials`.execute(connection);
  }
}

async function refreshIndicator(
  connection: Connection,
  dialect: DialectInfo,
  indicatorId: string,
  blocks: ReadonlySet<number>,
): Promise<void> {
  const groups = [...new Set([...blocks].map((block) => block % MERGED_BLOCKS))].sort((a, b) => a - b);
  const shapes = await keptShapesOf(connection, indicatorId, groups);
  if (shapes.length === 0) return;
  const [indicator] = await storedIndicators(connection, [indicatorId]);
  if (indicator === undefined || !aggregatesByPartials(indicator)) return;
  const computed: KeptRow[] = [];
  for (const shape of shapes.slice(0, REFRESHED_SHAPES)) {
    const query = queryOfGroupShape(shape);
    if (query === undefined) continue;
    const stamps = await stampsOf(connection, indicatorId, query);
    const keptBlocks = await keptOf(connection, indicatorId, shapeOf(query, "block"), groups.flatMap(blocksOfGroup));
    const sources = { query, indicator, stamps, keptBlocks };
    const current = groups.filter((group) => staleBlocksOf(sources, group).every((block) => blocks.has(block)));
    await mergeGroups(connection, dialect, sources, current, computed);
  }
  await upsertKept(connection, computed);
}
