import { Data, Predicate } from "effect";

/**
 * A store was opened to read, but there is no Remit store at that place: no database, or a
 * database (or schema) without Remit's tables. Opening to read never creates one; only
 * opening to create (`init`, `migrate`) does.
 * @example new StoreNotFound({ where: "SQLite database at remit.db" }).message
 * // "There is no Remit store in the SQLite database at remit.db: nothing was created. …"
 */
export class StoreNotFound extends Data.TaggedError("StoreNotFound")<{
  /** The place, as messages name it: "SQLite database at …", "PostgreSQL database … (schema …)". */
  readonly where: string;
  /** Why there is none, when the database says more than "no tables". */
  readonly reason?: string;
  readonly message: string;
}> {
  constructor(fields: { readonly where: string; readonly reason?: string }) {
    const because = fields.reason === undefined ? "" : ` (${fields.reason})`;
    super({
      ...fields,
      message:
        `There is no Remit store in the ${fields.where}${because}: nothing was created. ` +
        `Check the name, or create the store first (\`remit init\`, or the store's migrate).`,
    });
  }
}

/** The versions a schema refusal compares, and where the database is. */
export interface SchemaVersions {
  /** The schema version recorded in the database. */
  readonly databaseVersion: number;
  /** The schema version this library reads and writes (`SCHEMA_VERSION`). */
  readonly libraryVersion: number;
  /** The database, as messages name it: "SQLite database at …", "backup at …". */
  readonly where: string;
}

/** A database was written by a newer Remit than the one opening it: nothing was changed. */
export class SchemaTooNew extends Data.TaggedError("SchemaTooNew")<SchemaVersions & { readonly message: string }> {
  constructor(fields: SchemaVersions) {
    super({
      ...fields,
      message:
        `The ${fields.where} database is at schema version ${fields.databaseVersion}, but this version of Remit ` +
        `knows schema versions up to ${fields.libraryVersion}. It was written by a newer Remit: upgrade ` +
        `@remit/store-sqlite or @remit/store-postgres before opening it (nothing was changed).`,
    });
  }
}

/**
 * A store opened read-only is at an older schema version than this library reads: it must be
 * migrated first, which takes a writable open.
 */
export class SchemaNeedsMigration extends Data.TaggedError("SchemaNeedsMigration")<
  SchemaVersions & { readonly message: string }
> {
  constructor(fields: SchemaVersions) {
    super({
      ...fields,
      message:
        `The ${fields.where} is at schema version ${fields.databaseVersion} and this version of Remit reads ` +
        `version ${fields.libraryVersion}; it was opened read-only, so it cannot be upgraded here. Migrate it ` +
        `once with write access (\`remit db migrate\`, or the store's migrate), then read it (nothing was changed).`,
    });
  }
}

/**
 * A store opened read-only holds an M49 membership other than the installed `@remit/core`'s
 * (core was upgraded since the store was last opened to write): its region filters would
 * disagree with core's, and a read-only open cannot rewrite it.
 */
export class RegionMembershipOutdated extends Data.TaggedError("RegionMembershipOutdated")<{
  /** The database, as messages name it: "SQLite database at …". */
  readonly where: string;
  readonly message: string;
}> {
  constructor(fields: { readonly where: string }) {
    super({
      ...fields,
      message:
        `The ${fields.where} holds an M49 region membership other than the installed @remit/core's (core was ` +
        `upgraded since the store was last opened to write), so its region filters would disagree with core's; ` +
        `it was opened read-only, so it cannot be rewritten here. Open it once with write access ` +
        `(\`remit db migrate\`, or the store's migrate), then read it (nothing was changed).`,
    });
  }
}

/**
 * Why a SQL store could not be opened as asked, before any Store operation ran. The stores
 * report each as a `StoreFailure` whose message is the refusal's own and whose `cause` is the
 * refusal, so an application that wants to act on one (offer to migrate, to upgrade, to
 * create the store) tells them apart by the cause's `_tag`.
 */
export type StoreOpeningRefusal = StoreNotFound | SchemaTooNew | SchemaNeedsMigration | RegionMembershipOutdated;

const REFUSAL_TAGS: ReadonlySet<unknown> = new Set<StoreOpeningRefusal["_tag"]>([
  "StoreNotFound",
  "SchemaTooNew",
  "SchemaNeedsMigration",
  "RegionMembershipOutdated",
]);

/**
 * Whether a value is a store-opening refusal, told by its `_tag` (not `instanceof`, so that
 * one from another copy of this library, or one sent as data, is still recognised).
 * @example isStoreOpeningRefusal(failure.cause) && failure.cause._tag === "SchemaNeedsMigration"
 */
export function isStoreOpeningRefusal(value: unknown): value is StoreOpeningRefusal {
  return (
    Predicate.hasProperty(value, "_tag") &&
    REFUSAL_TAGS.has(value._tag) &&
    Predicate.hasProperty(value, "message") &&
    typeof value.message === "string"
  );
}
