import type { CompiledQuery } from "kysely";
import type { Connection } from "../DialectInfo";

/**
 * Observations of an indicator are spread over this many blocks (the `block` of
 * `observation_entry`, since schema 11; see `observationBlock`); each block has a generation
 * counter that writes bump, so a write stales 1/256 of an indicator's figures (the store's
 * generation, `RECORDS_KEY`, is what answers kept outside the store are checked against).
 */
export const AGGREGATION_BLOCKS = 256;

/**
 * Blocks are kept merged in this many groups (block % MERGED_BLOCKS), so a repeated
 * aggregation merges 16 kept partials, not 256; a write recomputes one block in SQL and
 * merges its group again from the other 15 blocks' kept partials.
 */
export const MERGED_BLOCKS = 16;

/** The blocks merged in one group (see `MERGED_BLOCKS`). */
export function blocksOfGroup(group: number): number[] {
  return Array.from({ length: AGGREGATION_BLOCKS / MERGED_BLOCKS }, (_, index) => group + index * MERGED_BLOCKS);
}

/** The block of the generation counter that stands for the indicator record itself. */
export const INDICATOR_BLOCK = -1;

/** The key of the generation counter that every activity change bumps (indicator ids are never empty). */
export const ACTIVITIES_KEY: GenerationKey = { indicatorId: "", block: INDICATOR_BLOCK };

/**
 * The key of the generation counter that every record change bumps: the store's generation
 * (`StoreShape.generation`), which answers kept outside the store are checked against.
 */
export const RECORDS_KEY: GenerationKey = { indicatorId: "", block: -2 };

/** What a cached aggregation depends on: one block of one indicator's observations, the indicator, or the activities. */
export interface GenerationKey {
  readonly indicatorId: string;
  readonly block: number;
}

/** The block a text falls in: FNV-1a of it, so it never changes and needs no lookup. */
export function aggregationBlock(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % AGGREGATION_BLOCKS;
}

/**
 * The first of an observation's activities (the least id), or undefined when it names none:
 * each activity's figures that name it first share one block, so a block counts them alone.
 */
function firstActivity(activityIds: readonly string[]): string | undefined {
  let first: string | undefined;
  for (const id of activityIds) if (first === undefined || id < first) first = id;
  return first;
}

/**
 * The block of an observation (since schema 13): that of its first activity (`firstActivity`),
 * or of its own id when it names none. So a cell's distinct activities are the sum over blocks
 * of those named first there, and only activities named second or later, which few figures
 * do, are looked up across blocks.
 */
export function observationBlock(observation: {
  readonly id: string;
  readonly activityIds: readonly string[];
}): number {
  return aggregationBlock(firstActivity(observation.activityIds) ?? observation.id);
}

function distinctKeys(keys: readonly GenerationKey[]): GenerationKey[] {
  const seen = new Map<string, GenerationKey>();
  for (const key of keys) seen.set(`${key.indicatorId}\u0000${key.block}`, key);
  // In one order for every writer, so two writers upserting the same rows wait, never deadlock.
  return [...seen.values()].sort((a, b) =>
    a.indicatorId === b.indicatorId ? a.block - b.block : a.indicatorId < b.indicatorId ? -1 : 1,
  );
}

/**
 * Marks what a write changed, inside the write's transaction: every cached aggregation that
 * read those blocks (or that indicator, or the activities) no longer matches their
 * generation and is computed again when next asked for. Writes always include RECORDS_KEY.
 */
export async function bumpGenerations(connection: Connection, keys: readonly GenerationKey[]): Promise<void> {
  const distinct = distinctKeys(keys);
  if (distinct.length === 0) return;
  // One statement for all keys; they are distinct, as a multi-row upsert requires.
  await connection
    .insertInto("aggregation_generation")
    .values(distinct.map((key) => ({ indicator_id: key.indicatorId, block: key.block, generation: 1 })))
    .onConflict((conflict) =>
      conflict
        .columns(["indicator_id", "block"])
        .doUpdateSet((eb) => ({ generation: eb(eb.ref("aggregation_generation.generation"), "+", 1) })),
    )
    .execute();
}

/** The blocks the stored observations with these ids are in (before they are rewritten or removed). */
export async function storedObservationKeys(connection: Connection, ids: readonly string[]): Promise<GenerationKey[]> {
  if (ids.length === 0) return [];
  const rows = await connection
    .selectFrom("observation_entry")
    .select(["indicator_id", "block"])
    .where("id", "in", ids)
    .execute();
  return rows.map((row) => ({ indicatorId: row.indicator_id, block: Number(row.block) }));
}

// The HTTP API reads the generation before it serves every kept answer: building and compiling
// the same query each time cost some 40% of running it on SQLite (web bench profile,
// 2026-12-04), so each connection compiles it once. A transaction is a connection of its own and compiles its own.
const compiledGenerationReads = new WeakMap<
  Connection,
  CompiledQuery<{ readonly generation: number | string | bigint }>
>();

/** The store's generation: how often records were changed (0 for a store never written). */
export async function storeGeneration(connection: Connection): Promise<number> {
  let query = compiledGenerationReads.get(connection);
  if (query === undefined) {
    query = connection
      .selectFrom("aggregation_generation")
      .select("generation")
      .where("indicator_id", "=", RECORDS_KEY.indicatorId)
      .where("block", "=", RECORDS_KEY.block)
      .compile();
    compiledGenerationReads.set(connection, query);
  }
  const { rows } = await connection.executeQuery(query);
  return Number(rows[0]?.generation ?? 0);
}
