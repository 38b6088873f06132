import { userInfo } from "node:os";
import { StoreNotFound, migrate, type MigrationReport, type RemitDatabase } from "@remit/store-sql";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { copyingPool } from "./CopyingPool";
import { ensureFacetStatistics } from "./FacetStatistics";
import { postgresDialectInfo } from "./PostgresDialectInfo";

/** The server used when neither an option nor `REMIT_DATABASE_URL` names one. */
export const DEFAULT_DATABASE_URL = "postgres://127.0.0.1:5432/test";

/** How to reach the database and which schema holds Remit's tables. */
export interface PostgresConnectionOptions {
  /** A postgres:// URL; default `REMIT_DATABASE_URL`, else `postgres://127.0.0.1:5432/test`. */
  readonly url?: string;
  /** The schema of Remit's tables, created on first open; default: the connection's search path. */
  readonly schema?: string;
  /** The most connections the pool opens (default 10). */
  readonly poolSize?: number;
  /**
   * Whether opening may create the schema and Remit's tables when they are not there
   * (default true). With false, a schema without Remit's tables is refused with
   * StoreNotFound and nothing is written: reading a store never creates one.
   */
  readonly create?: boolean;
}

/** An open, migrated PostgreSQL store database: Kysely over a pg pool. */
export interface OpenPostgres {
  readonly db: Kysely<RemitDatabase>;
  readonly migration: MigrationReport;
  /** The URL connected to, without its password. */
  readonly where: string;
  /** The connection string the pool uses, for a connection of its own (the change listener). */
  readonly connectionString: string;
}

/**
 * The URL to connect to. Like libpq, a URL without a user name connects as the operating
 * system's user (pg itself would send no user name at all).
 */
export function resolveDatabaseUrl(url: string | undefined): string {
  const chosen = new URL(url ?? process.env.REMIT_DATABASE_URL ?? DEFAULT_DATABASE_URL);
  if (chosen.username === "" && process.env.PGUSER === undefined) chosen.username = userInfo().username;
  return chosen.toString();
}

/** The SSL modes pg reads as `verify-full` today, with a multi-line warning on stderr. */
const VERIFY_FULL_ALIASES = ["prefer", "require", "verify-ca"];

/**
 * The connection string pg is given: `sslmode=prefer|require|verify-ca` becomes the
 * `verify-full` that pg applies for them anyway, so that pg does not print its multi-line
 * deprecation warning into a command's error output. A URL with `uselibpqcompat=true`
 * (libpq's weaker meaning of those modes) is passed as it is.
 */
function forPg(url: string): string {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  if (sslmode === null || !VERIFY_FULL_ALIASES.includes(sslmode) || parsed.searchParams.has("uselibpqcompat")) {
    return url;
  }
  parsed.searchParams.set("sslmode", "verify-full");
  return parsed.toString();
}

function withoutPassword(url: string): string {
  const shown = new URL(url);
  if (shown.password !== "") shown.password = "***";
  return shown.toString();
}

/**
 * What the planner counts for starting parallel workers, ten times PostgreSQL's default, on
 * the store's connections. A page of 50 walking a sort order's index in parallel walked it
 * three times over (each worker its own share, until the merge had 50: 61,000 buffers against
 * 18,900 for "country + topic by start" at 1,000,000 activities) after waiting for the workers
 * to start (168 ms before the first row at load 15); a plan costing a page stays serial, a
 * scan of an indicator's figures (costing far more) may still go parallel.
 */
const PARALLEL_SETUP_COST = 10_000;

/**
 * PostgreSQL's JIT, off on the store's connections: it compiles a plan costing over 100,000 to
 * machine code, which pays on long analytical scans, not on the store's statements. The
 * statement computing a group of blocks of an aggregation's partials costs that much at
 * 200,000 activities: compiling its 133 functions took 456 ms of its 6.2 s (load 17), each time.
 */
const JIT = "off";

/** PostgreSQL's code for a connection to a database the server does not have. */
const NO_SUCH_DATABASE = "3D000";

/** Whether Remit's migrations table is in `schema` (or on the search path), without creating anything. */
export async function hasStore(db: Kysely<RemitDatabase>, schema: string | undefined): Promise<boolean> {
  const table =
    schema === undefined ? sql`'remit_migrations'` : sql`format('%I.%I', ${schema}::text, 'remit_migrations')`;
  const { rows } = await sql<{ found: string | null }>`select to_regclass(${table})::text as found`.execute(db);
  return rows[0]?.found !== null && rows[0]?.found !== undefined;
}

/** The error of opening, with a database the server does not have named as such. */
export function openingError(error: unknown, where: string): unknown {
  const code = (error as { readonly code?: unknown } | null)?.code;
  if (code === NO_SUCH_DATABASE && error instanceof Error) {
    return new StoreNotFound({
      where,
      reason: `${error.message}; create the database on the server, or check the URL`,
    });
  }
  return error;
}

/** A pool on the database (nothing is asked of the server yet): `base` on the search path, `db` in the schema. */
export function connectPostgres(options: PostgresConnectionOptions) {
  const url = resolveDatabaseUrl(options.url);
  const connectionString = forPg(url);
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
  // An idle client that loses its connection emits "error" on the pool; the next query
  // reports it, so it must not crash the process here.
  pool.on("error", () => undefined);
  // Queued before anything the pool's user sends on the new connection, so it holds for all of it.
  pool.on("connect", (client) => {
    client.query(`set parallel_setup_cost = ${PARALLEL_SETUP_COST}; set jit = ${JIT}`).catch(() => undefined);
  });
  const base = new Kysely<RemitDatabase>({ dialect: new PostgresDialect({ pool: copyingPool(pool) }) });
  const db = options.schema === undefined ? base : base.withSchema(options.schema);
  const where = `PostgreSQL database ${withoutPassword(url)}${options.schema === undefined ? "" : ` (schema ${options.schema})`}`;
  return { base, db, where, connectionString };
}

/**
 * Opens a pool on the database, migrates the schema, gives the planner its statistics of
 * facet values (`ensureFacetStatistics`), and returns it; closed by `db.destroy()`.
 * With `create: false`, a schema without Remit's tables fails with StoreNotFound instead.
 */
export async function openPostgres(options: PostgresConnectionOptions): Promise<OpenPostgres> {
  const { base, db, where, connectionString } = connectPostgres(options);
  try {
    if (options.create === false && !(await hasStore(base, options.schema))) throw new StoreNotFound({ where });
    const migration = await migrate(db, postgresDialectInfo(options.schema), where);
    await ensureFacetStatistics(base, options.schema);
    return { db, migration, where, connectionString };
  } catch (error) {
    await base.destroy();
    throw openingError(error, where);
  }
}
