import type { Connection } from "../DialectInfo";
import { SCHEMA_VERSION, SchemaTooNew, type MigrationReport } from "./Migrations";
import { membershipFollowsCore } from "./RegionMembershipFollowsCore";
import { StoreNotFound } from "./StoreNotFound";

/**
 * A store opened read-only is at an older schema version than this library reads: it must be
 * migrated first, which takes a writable open.
 */
export class SchemaNeedsMigration extends Error {
  override readonly name = "SchemaNeedsMigration";
  constructor(
    readonly databaseVersion: number,
    readonly libraryVersion: number,
    where: string,
  ) {
    super(
      `The ${where} is at schema version ${databaseVersion} and this version of Remit reads version ` +
        `${libraryVersion}; it was opened read-only, so it cannot be upgraded here. Migrate it once with ` +
        `write access (\`remit db migrate\`, or the store's migrate), then read it (nothing was changed).`,
    );
  }
}

/**
 * A store opened read-only holds an M49 membership other than the installed `@remit/core`'s
 * (core was upgraded since the store was last opened to write): its region filters would
 * disagree with core's, and a read-only open cannot rewrite it.
 */
export class RegionMembershipOutdated extends Error {
  override readonly name = "RegionMembershipOutdated";
  constructor(where: string) {
    super(
      `The ${where} holds an M49 region membership other than the installed @remit/core's (core was upgraded ` +
        `since the store was last opened to write), so its region filters would disagree with core's; it was ` +
        `opened read-only, so it cannot be rewritten here. Open it once with write access (\`remit db migrate\`, ` +
        `or the store's migrate), then read it (nothing was changed).`,
    );
  }
}

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
  if (!migrationsTableExists) throw new StoreNotFound(where);
  const row = await connection
    .selectFrom("remit_migrations")
    .select((eb) => eb.fn.max("version").as("version"))
    .executeTakeFirst();
  const version = Number(row?.version ?? 0);
  if (version > SCHEMA_VERSION) throw new SchemaTooNew(version, SCHEMA_VERSION, where);
  if (version < SCHEMA_VERSION) throw new SchemaNeedsMigration(version, SCHEMA_VERSION, where);
  if (!(await membershipFollowsCore(connection))) throw new RegionMembershipOutdated(where);
  return { from: version, to: version, applied: [] };
}
