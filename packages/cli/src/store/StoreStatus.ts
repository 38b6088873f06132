import { existsSync, statSync } from "node:fs";
import { Effect } from "effect";
import { storeOrIoError, type CliFailure } from "../failure/CliFailure";
import { missingStore } from "./StoreLayer";
import type { StoreLocation } from "./StoreLocation";

/** What `remit db status` reports about a store, read without changing it. */
export interface StoreStatus {
  readonly store: string;
  readonly backend: "sqlite" | "postgres";
  /** The schema version the store is at. */
  readonly schemaVersion: number;
  /** The schema version this Remit writes; a store below it is migrated on the next write. */
  readonly latestVersion: number;
  readonly migrations: readonly { readonly version: number; readonly name: string; readonly appliedAt: string }[];
  /** Records by kind. */
  readonly records: Readonly<Record<string, number>>;
  /** The file's size, for SQLite. */
  readonly bytes?: number;
}

interface Inspection {
  readonly migrations: StoreStatus["migrations"];
  readonly records: Record<string, number>;
}

interface MigrationRow {
  readonly version: number | string;
  readonly name: string;
  readonly applied_at: string;
}
interface CountRow {
  readonly kind: string;
  readonly count: number | string;
}

function inspection(migrations: readonly MigrationRow[], counts: readonly CountRow[]): Inspection {
  return {
    migrations: migrations.map((row) => ({ version: Number(row.version), name: row.name, appliedAt: row.applied_at })),
    records: Object.fromEntries(counts.map((row) => [row.kind, Number(row.count)])),
  };
}

// The two tables read here (remit_migrations, records) are the stores' persisted format,
// which a backup must also recognise; they are only read, never written.
async function inspectSqlite(path: string): Promise<Inspection> {
  const { sqliteDriver } = await import("@remit/store-sqlite");
  const Database = sqliteDriver();
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = database
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'remit_migrations'")
      .get();
    if (hasTable === undefined) throw new Error(`${path} is not a Remit store (it has no remit_migrations table)`);
    const migrations = database
      .prepare("select version, name, applied_at from remit_migrations order by version")
      .all() as MigrationRow[];
    const counts = database
      .prepare("select kind, count(*) as count from records group by kind order by kind")
      .all() as CountRow[];
    return inspection(migrations, counts);
  } finally {
    database.close();
  }
}

async function inspectPostgres(url: string, schema: string | undefined): Promise<Inspection> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const prefix = schema === undefined ? "" : `"${schema}".`;
    const migrations = await client.query<MigrationRow>(
      `select version, name, applied_at from ${prefix}remit_migrations order by version`,
    );
    const counts = await client.query<CountRow>(
      `select kind, count(*) as count from ${prefix}records group by kind order by kind`,
    );
    return inspection(migrations.rows, counts.rows);
  } finally {
    await client.end();
  }
}

/** The schema version this Remit writes: what migrating an empty in-memory store reaches. */
const latestVersion = Effect.gen(function* () {
  const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
  return (yield* SqliteStore.migrate(":memory:")).to;
});

/**
 * Reads a store's schema version, applied migrations and record counts without opening it
 * as a Store (which would migrate it): `remit db status` must not change what it reports on.
 */
export function storeStatus(
  location: StoreLocation,
): Effect.Effect<StoreStatus, CliFailure | { readonly _tag: "StoreFailure" }> {
  return Effect.gen(function* () {
    if (location.kind === "sqlite" && !existsSync(location.path)) return yield* Effect.fail(missingStore(location));
    const found = yield* Effect.tryPromise({
      try: () =>
        location.kind === "sqlite" ? inspectSqlite(location.path) : inspectPostgres(location.url, location.schema),
      catch: (cause) =>
        storeOrIoError(
          `remit: cannot read the status of the store at ${location.shown}: ${cause instanceof Error ? cause.message : String(cause)}; create it with \`remit init\` if it does not exist`,
          cause,
        ),
    });
    return {
      store: location.shown,
      backend: location.kind,
      schemaVersion: found.migrations.at(-1)?.version ?? 0,
      latestVersion: yield* latestVersion,
      migrations: found.migrations,
      records: found.records,
      ...(location.kind === "sqlite" ? { bytes: statSync(location.path).size } : {}),
    };
  });
}
