import type { DialectInfo } from "@remit/store-sql";
import { sql } from "kysely";

/** The advisory lock key that serializes migrations on one server ("remit" in ASCII). */
export const MIGRATION_LOCK = 0x72656d6974;

/** The tables whose statistics matter to the queries, refreshed after a bulk import. */
const ANALYZED_TABLES = ["records", "activity", "facet", "observation_entry", "observation_value"];

/** The tables whose index ranges queries read without their rows: vacuumed after a bulk import. */
const VACUUMED_TABLES = ["facet", "activity", "observation_value"];

/** PostgreSQL's error codes for a lock that could not be had. */
function isBusy(error: unknown): boolean {
  const code = (error as { readonly code?: unknown } | null)?.code;
  return code === "55P03" || code === "40P01";
}

/**
 * What the shared SQL code needs to know about PostgreSQL, for the tables in `schema` (or
 * the connection's search path when none is given): ids in byte order (`COLLATE "C"`,
 * whatever the database's locale), migrations serialized by an advisory lock, the
 * schema created before the first migration, and imports that COPY their rows (the
 * connections must come from `openPostgres`, whose pool runs COPY).
 */
export function postgresDialectInfo(schema: string | undefined): DialectInfo {
  return {
    name: "postgres",
    beginWrite: async (connection) => {
      await sql`begin`.execute(connection);
    },
    serialType: "bigserial",
    ...(schema === undefined ? {} : { schema }),
    idColumn: (column) => column.modifyEnd(sql`collate "C"`),
    maxParameters: 65_535,
    // The store's pool runs COPY … FROM STDIN (see `copyingPool`).
    copyFromStdin: true,
    lockForMigration: async (connection) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(connection);
      if (schema !== undefined) await connection.schema.createSchema(schema).ifNotExists().execute();
    },
    analyze: async (connection) => {
      for (const table of ANALYZED_TABLES) {
        await sql`analyze ${sql.table(schema === undefined ? table : `${schema}.${table}`)}`.execute(connection);
      }
    },
    settleAfterBulkImport: async (connection) => {
      for (const table of VACUUMED_TABLES) {
        await sql`vacuum ${sql.table(schema === undefined ? table : `${schema}.${table}`)}`.execute(connection);
      }
    },
    isBusy,
  };
}
