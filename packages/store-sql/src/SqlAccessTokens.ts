import {
  accessTokenNameTaken,
  accessTokenNotFound,
  isAccessRole,
  type AccessToken,
  type AccessTokenNameTaken,
  type AccessTokenNotFound,
  type AccessTokensShape,
  type StoreFailure,
} from "@remit/core";
import { Effect } from "effect";
import type { Kysely, Selectable } from "kysely";
import type { DialectInfo } from "./DialectInfo";
import type { AccessTokensTable, RemitDatabase } from "./schema/RemitDatabase";
import { toPortError } from "./StoreFailures";
import { inWriteTransaction } from "./Transactions";

function toToken(row: Selectable<AccessTokensTable>): AccessToken {
  return {
    id: row.id,
    name: row.name,
    // A role this version does not know grants nothing more than viewing.
    role: isAccessRole(row.role) ? row.role : "viewer",
    secretHash: row.secret_hash,
    createdAt: row.created_at,
    createdBy: row.created_by,
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  };
}

/** A tagged token error thrown inside a transaction, passed through unchanged. */
function isTokenError(cause: unknown): cause is AccessTokenNameTaken | AccessTokenNotFound {
  const tag = (cause as { readonly _tag?: unknown } | null)?._tag;
  return tag === "AccessTokenNameTaken" || tag === "AccessTokenNotFound";
}

/**
 * core's `AccessTokens` on a migrated Remit database (table `access_tokens`). Names of active
 * tokens are unique (checked in the same write transaction as the insert); revoking keeps the row.
 * @example const tokens = makeSqlAccessTokens(db, dialect);
 */
export function makeSqlAccessTokens(db: Kysely<RemitDatabase>, dialect: DialectInfo): AccessTokensShape {
  // Nothing here throws a record error (NotFound, RevisionConflict…): what is not a token
  // error is a store failure.
  const attempt = <A, E = never>(operation: string, work: () => Promise<A>): Effect.Effect<A, E | StoreFailure> =>
    Effect.tryPromise({
      try: work,
      catch: (cause) => (isTokenError(cause) ? (cause as E) : (toPortError(operation, dialect, cause) as StoreFailure)),
    });
  const active = () => db.selectFrom("access_tokens").selectAll().where("revoked_at", "is", null);

  return {
    add: (token) =>
      attempt<AccessToken, AccessTokenNameTaken>("add token", () =>
        inWriteTransaction(db, dialect, async (connection) => {
          const taken = await connection
            .selectFrom("access_tokens")
            .select("id")
            .where("name", "=", token.name)
            .where("revoked_at", "is", null)
            .executeTakeFirst();
          if (taken !== undefined) throw accessTokenNameTaken(token.name);
          await connection
            .insertInto("access_tokens")
            .values({
              id: token.id,
              name: token.name,
              role: token.role,
              secret_hash: token.secretHash,
              created_at: token.createdAt,
              created_by: token.createdBy,
              revoked_at: token.revokedAt ?? null,
            })
            .execute();
          return { ...token };
        }),
      ),
    findBySecretHash: (secretHash) =>
      attempt("find token", async () => {
        const row = await active().where("secret_hash", "=", secretHash).executeTakeFirst();
        return row === undefined ? undefined : toToken(row);
      }),
    list: () =>
      attempt("list tokens", async () => {
        const rows = await db.selectFrom("access_tokens").selectAll().orderBy("created_at").orderBy("id").execute();
        return rows.map(toToken);
      }),
    revoke: (reference, at) =>
      attempt<AccessToken, AccessTokenNotFound>("revoke token", () =>
        inWriteTransaction(db, dialect, async (connection) => {
          const row = await connection
            .selectFrom("access_tokens")
            .selectAll()
            .where("revoked_at", "is", null)
            .where((eb) => eb.or([eb("id", "=", reference), eb("name", "=", reference)]))
            .executeTakeFirst();
          if (row === undefined) throw accessTokenNotFound(reference);
          await connection.updateTable("access_tokens").set({ revoked_at: at }).where("id", "=", row.id).execute();
          return toToken({ ...row, revoked_at: at });
        }),
      ),
  };
}
