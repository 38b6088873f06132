import type { Connection } from "../DialectInfo";
import {
  RegionMembershipOutdated,
  SchemaNeedsMigration,
  SchemaTooNew,
  StoreNotFound,
} from "../opening/StoreOpeningRefusal";
import { SCHEMA_VERSION, type MigrationReport } from "./Migrations";
import { membershipFollowsCore } from "./RegionMembershipFollowsCore";

/**
 * Checks, without writing, that the database holds a Remit store at exactly this library's
 * schema version, with core's M49 membership in `m49_member`: `migrationsTableExists` says
 * whether `remit_migrations` is there (how to ask is the dialect's). Refuses with
 * StoreNotFound, SchemaTooNew, SchemaNeedsMigration or RegionMembershipOutdated; returns
 * the report of a migration that applied nothing.
 */
export async function checkStoreVersion(
  connection: Connection,
  migrationsTableExists: boolean,
  where: string,
): Promise<MigrationReport> {
  if (!migrationsTableExists) throw new StoreNotFound({ where });
  const row = await connection
    .selectFrom("remit_migrations")
    .select((eb) => eb.fn.max("version").as("version"))
    .executeTakeFirst();
  const version = Number(row?.version ?? 0);
  if (version > SCHEMA_VERSION)
    throw new SchemaTooNew({ databaseVersion: version, libraryVersion: SCHEMA_VERSION, where });
  if (version < SCHEMA_VERSION)
    throw new SchemaNeedsMigration({ databaseVersion: version, libraryVersion: SCHEMA_VERSION, where });
  if (!(await membershipFollowsCore(connection))) throw new RegionMembershipOutdated({ where });
  return { from: version, to: version, applied: [] };
}
