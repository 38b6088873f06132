import type { RemitDatabase } from "@remit/store-sql";
import { sql, type Kysely } from "kysely";
import { MIGRATION_LOCK } from "./PostgresDialectInfo";

/** The extended statistics object on `facet (facet, value)`. */
const FACET_STATISTICS = "facet_value_statistics";

/**
 * PostgreSQL's codes for a role that may read but not own the tables, or a read-only
 * server: such a store still answers, with the planner's cruder guesses.
 */
const NOT_ALLOWED = new Set(["42501", "25006"]);

/** A name in `schema`, or on the search path when none is given. */
function inSchema(schema: string | undefined, name: string) {
  return sql.table(schema === undefined ? name : `${schema}.${name}`);
}

async function hasFacetStatistics(db: Kysely<RemitDatabase>, schema: string | undefined): Promise<boolean> {
  const facet = schema === undefined ? "facet" : `${schema}.facet`;
  const { rows } = await sql<{ found: boolean }>`select exists (
      select 1 from pg_statistic_ext where stxrelid = to_regclass(${facet}) and stxname = ${FACET_STATISTICS}
    ) as found`.execute(db);
  return rows[0]?.found === true;
}

/**
 * Gives the planner the share of each common (facet, value) pair: extended statistics, MCV
 * list and functional dependencies, on `facet (facet, value)`, created once (under the
 * migration lock) and analyzed. Per-column statistics alone multiply the share of the facet
 * code by the share of the value, as if a value could belong to any facet, and so guessed a
 * country's or a kind's activities ten to twenty times too few. Where the planner also
 * counts heap visits (pages an import's VACUUM could not mark all-visible, because another
 * session's snapshot was older), that guess made a page of 50 hash both index ranges and
 * visit every row's heap page: 31,900 buffers for "country + topic" and 64,300 for "mandate +
 * kind" at 200,000 activities, against 1,800 and 1,900 with these statistics.
 * Not a numbered migration: the statistics are PostgreSQL's alone and hold no records. A
 * role not allowed to create them (one that reads a store it does not own) opens without them.
 */
export async function ensureFacetStatistics(db: Kysely<RemitDatabase>, schema: string | undefined): Promise<void> {
  if (await hasFacetStatistics(db, schema)) return;
  await db.connection().execute(async (connection) => {
    await sql`begin`.execute(connection);
    try {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(connection);
      await sql`create statistics if not exists ${inSchema(schema, FACET_STATISTICS)} (dependencies, mcv)
        on facet, value from ${inSchema(schema, "facet")}`.execute(connection);
      // A store opened for the first time since has its rows counted now, not at the next autoanalyze.
      await sql`analyze ${inSchema(schema, "facet")}`.execute(connection);
      await sql`commit`.execute(connection);
    } catch (error) {
      await sql`rollback`.execute(connection);
      if (!NOT_ALLOWED.has(String((error as { readonly code?: unknown } | null)?.code))) throw error;
    }
  });
}
