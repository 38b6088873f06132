import type { Connection } from "../DialectInfo";

/** Records read per round trip; the pages are keyed by (kind, id) so none is read twice. */
const PAGE = 500;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

function isObject(value: Json | undefined): value is { readonly [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A region named in words was, in 0.1.0, the words alone (`{ en, zh }`); it is now
 * `{ name: { en, zh }, m49? }`, so that a named region can say which M49 area it stands for.
 * Returns the record with every `regions.named` entry in the new shape, or undefined when
 * there was nothing to change.
 */
export function namedRegionsAsObjects(record: Json): Json | undefined {
  let changed = false;
  const visit = (value: Json, key: string | undefined): Json => {
    if (Array.isArray(value)) return (value as readonly Json[]).map((entry) => visit(entry, undefined));
    if (!isObject(value)) return value;
    const next: Record<string, Json> = {};
    for (const [field, inner] of Object.entries(value)) next[field] = visit(inner, field);
    if (key === "regions" && Array.isArray(next.named)) {
      next.named = (next.named as readonly Json[]).map((entry) => {
        if (!isObject(entry) || "name" in entry) return entry;
        changed = true;
        return { name: entry };
      });
    }
    return next;
  };
  const migrated = visit(record, undefined);
  return changed ? migrated : undefined;
}

/**
 * Migration 5: rewrites the stored records whose named regions are in 0.1.0's shape. Only the
 * `records` table holds record bodies; the audit trail keeps actions, not bodies, and the
 * derived rows never held a named region's words.
 */
export async function migrateNamedRegions(connection: Connection): Promise<void> {
  let after: { kind: string; id: string } | undefined;
  for (;;) {
    let page = connection.selectFrom("records").select(["kind", "id", "body"]).where("body", "like", '%"named":[{%');
    if (after !== undefined) {
      const { kind, id } = after;
      page = page.where((eb) => eb.or([eb("kind", ">", kind), eb.and([eb("kind", "=", kind), eb("id", ">", id)])]));
    }
    const rows = await page.orderBy("kind").orderBy("id").limit(PAGE).execute();
    for (const row of rows) {
      const migrated = namedRegionsAsObjects(JSON.parse(row.body) as Json);
      if (migrated === undefined) continue;
      await connection
        .updateTable("records")
        .set({ body: JSON.stringify(migrated) })
        .where("kind", "=", row.kind)
        .where("id", "=", row.id)
        .execute();
    }
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = { kind: last.kind, id: last.id };
  }
}
