import type { Kysely } from "kysely";
import { SCHEMA_VERSION } from "./Migrations";
import type { RemitDatabase } from "./RemitDatabase";

/** A migration recorded in `remit_migrations`: which, and when. */
export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
  /** When it was applied (ISO 8601). */
  readonly appliedAt: string;
}

/**
 * Where a store's schema stands against this library's: `behind` is migrated on the next
 * writable open, `ahead` was written by a newer Remit and is refused.
 */
export type SchemaState = "behind" | "current" | "ahead";

/**
 * Where a schema version stands against the latest this library writes.
 * @example schemaStateOf(9, 10) // "behind"
 */
export function schemaStateOf(schemaVersion: number, latestVersion: number): SchemaState {
  if (schemaVersion < latestVersion) return "behind";
  return schemaVersion > latestVersion ? "ahead" : "current";
}

/** A store's schema and contents, read without changing it (`remit db status`, a health page). */
export interface StoreStatus {
  /** The schema version the store is at (0 when no migration was ever applied). */
  readonly schemaVersion: number;
  /** The schema version this library writes; a store below it is migrated on the next writable open. */
  readonly latestVersion: number;
  /** Where `schemaVersion` stands against `latestVersion` (see {@link schemaStateOf}). */
  readonly schemaState: SchemaState;
  /** The migrations applied, oldest first. */
  readonly migrations: readonly AppliedMigration[];
  /** How many records the store holds, by kind (only the kinds it holds). */
  readonly records: Readonly<Record<string, number>>;
  /** How many records the store holds in all. */
  readonly recordCount: number;
}

/**
 * Reads the status of the store behind `db` with two queries and no write. A store at an older
 * or a newer schema version is read as it is (unlike opening it as a Store, which migrates
 * or refuses it): a status must not change what it reports on. The caller checks that
 * `remit_migrations` exists first, since how to ask is the dialect's.
 */
export async function readStoreStatus(db: Kysely<RemitDatabase>): Promise<StoreStatus> {
  const migrations = await db
    .selectFrom("remit_migrations")
    .select(["version", "name", "applied_at"])
    .orderBy("version")
    .execute();
  const counts = await db
    .selectFrom("records")
    .select((eb) => ["kind", eb.fn.countAll().as("count")])
    .groupBy("kind")
    .orderBy("kind")
    .execute();
  const applied = migrations.map((row) => ({
    version: Number(row.version),
    name: row.name,
    appliedAt: String(row.applied_at),
  }));
  const schemaVersion = applied.at(-1)?.version ?? 0;
  return {
    schemaVersion,
    latestVersion: SCHEMA_VERSION,
    schemaState: schemaStateOf(schemaVersion, SCHEMA_VERSION),
    migrations: applied,
    records: Object.fromEntries(counts.map((row) => [row.kind, Number(row.count)])),
    recordCount: counts.reduce((sum, row) => sum + Number(row.count), 0),
  };
}
