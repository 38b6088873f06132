import { referenceKey, type Mandate, type MandateLink, type Stored } from "@remit/core";
import type { Connection } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { STORED_COLUMNS, toStored, type StoredRow } from "../records/StoredRows";

const IN_LIST_CHUNK = 500;

/** The `mandateLineageTarget` value of a lineage edge's target: `i␟id` or `r␟reference key`. */
export function lineageTargetKey(target: MandateLink): string {
  return "mandateId" in target ? `i\u001f${target.mandateId}` : `r\u001f${referenceKey(target.reference)}`;
}

/**
 * The mandates a lineage of `mandateId` reads, both ways, as core's `lineageMandatesIn`
 * defines them: walked level by level, up through each mandate's own edges and down through
 * the `mandateLineageTarget` index, so it reads the mandates of the lineage and no other. A
 * reference names the mandate with the smallest id among those with that symbol, as a graph
 * of the mandates in id order resolves it.
 */
export async function lineageMandates(connection: Connection, mandateId: string): Promise<Stored<"mandate">[]> {
  const rows = new Map<string, StoredRow>();
  const mandates = new Map<string, Mandate>();
  const load = async (ids: readonly string[]): Promise<string[]> => {
    const found: string[] = [];
    for (let start = 0; start < ids.length; start += IN_LIST_CHUNK) {
      const part = ids.slice(start, start + IN_LIST_CHUNK);
      const read = await connection
        .selectFrom("records")
        .select(STORED_COLUMNS)
        .where("kind", "=", "mandate")
        .where("id", "in", part)
        .execute();
      for (const row of read) {
        rows.set(row.id, row);
        mandates.set(row.id, JSON.parse(row.body) as Mandate);
        found.push(row.id);
      }
    }
    return found;
  };
  const holders = new Map<string, string | undefined>();
  const holderOf = async (key: string): Promise<string | undefined> => {
    if (!holders.has(key)) {
      const row = await connection
        .selectFrom("facet")
        .select((eb) => eb.fn.min("record_id").as("id"))
        .where("facet", "=", facetCode("mandateReference"))
        .where("value", "=", key)
        .executeTakeFirst();
      holders.set(key, row?.id ?? undefined);
    }
    return holders.get(key);
  };

  /** Resolves the holders of many reference keys in one statement per chunk, each remembered. */
  const resolveHolders = async (keys: readonly string[]): Promise<void> => {
    const unknown = [...new Set(keys)].filter((key) => !holders.has(key));
    for (let start = 0; start < unknown.length; start += IN_LIST_CHUNK) {
      const part = unknown.slice(start, start + IN_LIST_CHUNK);
      const found = await connection
        .selectFrom("facet")
        .select((eb) => ["value", eb.fn.min("record_id").as("id")])
        .where("facet", "=", facetCode("mandateReference"))
        .where("value", "in", part)
        .groupBy("value")
        .execute();
      for (const key of part) holders.set(key, undefined);
      for (const row of found) holders.set(row.value, row.id ?? undefined);
    }
  };

  if ((await load([mandateId])).length === 0) return [];
  const reached = new Set<string>([mandateId]);

  // Up: the targets of each mandate's edges, resolved as the graph resolves them.
  const up = new Set<string>([mandateId]);
  for (let frontier = [mandateId]; frontier.length > 0;) {
    const targets = new Set<string>();
    for (const id of frontier) {
      for (const edge of mandates.get(id)?.lineage ?? []) {
        const target =
          "mandateId" in edge.target ? edge.target.mandateId : await holderOf(referenceKey(edge.target.reference));
        if (target !== undefined && !up.has(target)) targets.add(target);
      }
    }
    const fresh = [...targets].filter((id) => !mandates.has(id));
    await load(fresh);
    frontier = [...targets].filter((id) => mandates.has(id));
    for (const id of frontier) {
      up.add(id);
      reached.add(id);
    }
  }

  // Down: the mandates whose edges name each mandate, by id or by the symbol it holds.
  const down = new Set<string>([mandateId]);
  for (let frontier = [mandateId]; frontier.length > 0;) {
    const keys: string[] = [];
    // The frontier's own symbols resolved together: one statement, not one per mandate.
    await resolveHolders(
      frontier.flatMap((id) => {
        const symbol = mandates.get(id)?.symbol;
        return symbol === undefined ? [] : [referenceKey(symbol)];
      }),
    );
    for (const id of frontier) {
      keys.push(lineageTargetKey({ mandateId: id }));
      const symbol = mandates.get(id)?.symbol;
      if (symbol !== undefined && (await holderOf(referenceKey(symbol))) === id)
        keys.push(`r\u001f${referenceKey(symbol)}`);
    }
    const sources = new Set<string>();
    for (let start = 0; start < keys.length; start += IN_LIST_CHUNK) {
      const found = await connection
        .selectFrom("facet")
        .select("record_id")
        .where("facet", "=", facetCode("mandateLineageTarget"))
        .where("value", "in", keys.slice(start, start + IN_LIST_CHUNK))
        .execute();
      for (const { record_id: id } of found) if (!down.has(id)) sources.add(id);
    }
    await load([...sources].filter((id) => !mandates.has(id)));
    frontier = [...sources].filter((id) => mandates.has(id));
    for (const id of frontier) {
      down.add(id);
      reached.add(id);
    }
  }
  return [...reached].sort().map((id) => toStored("mandate", rows.get(id) as StoredRow));
}
