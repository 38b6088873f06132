import type { Kysely } from "kysely";
import type { Connection, DialectInfo } from "../DialectInfo";
import { SchemaTooNew } from "../opening/StoreOpeningRefusal";
import type { RemitDatabase } from "./RemitDatabase";
import { createAccessTokensTable } from "./SchemaAccessTokens";
import { createSchemaV1 } from "./SchemaV1";
import { createMandateReferenceIndex } from "./SchemaV2";
import { createSchemaV3 } from "./SchemaV3";
import { migrateNamedRegions } from "./SchemaV5NamedRegions";
import { createAggregationPartials } from "./SchemaV6AggregationPartials";
import { createReportSessionIndex } from "./SchemaV7ReportSessions";
import { createActivitySortKeys } from "./SchemaV10ActivitySortKeys";
import { fineAggregationBlocks } from "./SchemaV11FineAggregationBlocks";
import { firstActivityBlocks } from "./SchemaV13FirstActivityBlocks";
import { createPartnerForms } from "./SchemaV14PartnerForms";
import { createRegionMembership } from "./SchemaV15RegionMembership";
import { createFacetStartKeys } from "./SchemaV16FacetStartKeys";
import { createActivityPeriodIndex } from "./SchemaV17ActivityPeriodIndex";
import { createObservationFormIndex } from "./SchemaV18ObservationFormIndex";
import { followCoreMembership } from "./RegionMembershipFollowsCore";
import { inWriteTransaction } from "../Transactions";

/** One step of the schema, applied once and recorded in `remit_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (connection: Connection, dialect: DialectInfo) => Promise<void>;
}

/** Every migration this library knows, oldest first. Append; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "records-audit-and-index-tables", up: createSchemaV1 },
  { version: 2, name: "mandate-reference-index", up: createMandateReferenceIndex },
  { version: 3, name: "one-facets-table", up: createSchemaV3 },
  { version: 4, name: "access-tokens", up: createAccessTokensTable },
  { version: 5, name: "named-regions-as-objects", up: migrateNamedRegions },
  { version: 6, name: "aggregation-partials", up: createAggregationPartials },
  { version: 7, name: "report-session-index", up: createReportSessionIndex },
  { version: 8, name: "mandate-lineage-index", up: createReportSessionIndex },
  { version: 9, name: "mandate-instrument-index", up: createReportSessionIndex },
  { version: 10, name: "activity-sort-keys", up: createActivitySortKeys },
  { version: 11, name: "fine-aggregation-blocks", up: fineAggregationBlocks },
  { version: 13, name: "first-activity-blocks", up: firstActivityBlocks },
  { version: 14, name: "partner-forms", up: createPartnerForms },
  { version: 15, name: "region-membership", up: createRegionMembership },
  { version: 16, name: "facet-start-keys", up: createFacetStartKeys },
  { version: 17, name: "activity-period-index", up: createActivityPeriodIndex },
  { version: 18, name: "observation-form-index", up: createObservationFormIndex },
];

/** The schema version this library writes: a database recorded at a later version is refused. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);

/** What `migrate` did. */
export interface MigrationReport {
  /** The version the database was at before. 0 for a new database. */
  readonly from: number;
  /** The version it is at now. */
  readonly to: number;
  /** The migrations applied, in order. */
  readonly applied: readonly { readonly version: number; readonly name: string }[];
}

async function ensureMigrationsTable(connection: Connection): Promise<void> {
  await connection.schema
    .createTable("remit_migrations")
    .ifNotExists()
    .addColumn("version", "integer", (column) => column.primaryKey())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("applied_at", "text", (column) => column.notNull())
    .execute();
}

async function currentVersion(connection: Connection): Promise<number> {
  const row = await connection
    .selectFrom("remit_migrations")
    .select((eb) => eb.fn.max("version").as("version"))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * Brings a database to `SCHEMA_VERSION`: creates the migrations table, then applies every
 * missing migration in one transaction under the dialect's migration lock (taken first), so two processes
 * opening a new database at once do not both create it. Then, in the same transaction,
 * `m49_member` is rewritten when it no longer holds the installed core's M49 membership
 * (`followCoreMembership`). Running it again is a no-op. A database at a later version than
 * this library knows is refused with SchemaTooNew, before anything is written.
 */
export async function migrate(
  db: Kysely<RemitDatabase>,
  dialect: DialectInfo,
  where: string,
): Promise<MigrationReport> {
  return inWriteTransaction(db, dialect, async (connection) => {
    await dialect.lockForMigration(connection);
    await ensureMigrationsTable(connection);
    const from = await currentVersion(connection);
    if (from > SCHEMA_VERSION) throw new SchemaTooNew({ databaseVersion: from, libraryVersion: SCHEMA_VERSION, where });
    const applied: { version: number; name: string }[] = [];
    for (const migration of MIGRATIONS) {
      if (migration.version <= from) continue;
      await migration.up(connection, dialect);
      await connection
        .insertInto("remit_migrations")
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      applied.push({ version: migration.version, name: migration.name });
    }
    await followCoreMembership(connection);
    return { from, to: Math.max(from, SCHEMA_VERSION), applied };
  });
}
