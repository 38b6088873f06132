import type { Connection } from "../DialectInfo";
import { m49MemberRows } from "../projection/RegionMembership";

/** Membership rows per INSERT: two parameters each, well under any dialect's limit. */
const MEMBERS_PER_STATEMENT = 400;

/** One (region, country) pair as a single comparable key: M49 codes hold no tab. */
function memberKey(region: string, country: string): string {
  return `${region}\t${country}`;
}

/**
 * Whether `m49_member` holds exactly core's M49 membership. The table is compared row for
 * row rather than through a stored hash of it: it is a few hundred short rows, read once per
 * open, and a row changed by hand is caught as surely as a changed core.
 */
export async function membershipFollowsCore(connection: Connection): Promise<boolean> {
  const stored = await connection.selectFrom("m49_member").select(["region", "country"]).execute();
  const core = m49MemberRows();
  if (stored.length !== core.length) return false;
  const storedKeys = new Set(stored.map((row) => memberKey(row.region, row.country)));
  return core.every(([region, country]) => storedKeys.has(memberKey(region, country)));
}

/** Writes core's M49 membership into an empty `m49_member`. */
export async function insertCoreMembership(connection: Connection): Promise<void> {
  const rows = m49MemberRows();
  for (let start = 0; start < rows.length; start += MEMBERS_PER_STATEMENT)
    await connection
      .insertInto("m49_member")
      .values(rows.slice(start, start + MEMBERS_PER_STATEMENT).map(([region, country]) => ({ region, country })))
      .execute();
}

/**
 * Brings `m49_member` to core's M49 membership when they differ, on a connection inside the
 * write transaction that opens the store. `@remit/core` is a peer dependency: an application
 * may upgrade it (a changed M49 table) without any store migration, and region filters,
 * counts and groupings, which reach countries through this table, would then disagree with
 * core's `matchesActivityFilter`. Kept aggregations may have been grouped by the old
 * membership, so they go too. Answers whether the table was rewritten.
 */
export async function followCoreMembership(connection: Connection): Promise<boolean> {
  if (await membershipFollowsCore(connection)) return false;
  await connection.deleteFrom("m49_member").execute();
  await insertCoreMembership(connection);
  await connection.deleteFrom("aggregation_cache").execute();
  return true;
}
