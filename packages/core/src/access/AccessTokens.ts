import { Context, type Effect } from "effect";
import type { StoreFailure } from "../store/StoreErrors";
import type { AccessToken, AccessTokenNameTaken, AccessTokenNotFound } from "./AccessToken";

/**
 * The storage of access tokens, beside the records (its own table in a SQL store, so the
 * record layout can change without touching it). Every store layer provides it together with
 * `Store`. Secrets never reach it: callers hash them first (see `@remit/web`'s token issuer).
 */
export interface AccessTokensShape {
  /** Keeps a new token; refused when an active token already has its name. */
  readonly add: (token: AccessToken) => Effect.Effect<AccessToken, AccessTokenNameTaken | StoreFailure>;
  /** The active (not revoked) token whose secret has this SHA-256 digest. */
  readonly findBySecretHash: (secretHash: string) => Effect.Effect<AccessToken | undefined, StoreFailure>;
  /** Every token, revoked ones included, oldest first. */
  readonly list: () => Effect.Effect<readonly AccessToken[], StoreFailure>;
  /** Revokes the active token with this id or name, at `at` (ISO 8601). */
  readonly revoke: (reference: string, at: string) => Effect.Effect<AccessToken, AccessTokenNotFound | StoreFailure>;
}

/** The access-token service tag: `const tokens = yield* AccessTokens`. */
export class AccessTokens extends Context.Service<AccessTokens, AccessTokensShape>()("@remit/core/AccessTokens") {}

/** The error of adding a token whose name an active token has. */
export function accessTokenNameTaken(name: string): AccessTokenNameTaken {
  return {
    _tag: "AccessTokenNameTaken",
    name,
    message: `An active token is already named ${JSON.stringify(name)}; pick another name or revoke that token first.`,
  };
}

/** The error of naming a token that is not there (or was revoked). */
export function accessTokenNotFound(reference: string): AccessTokenNotFound {
  return {
    _tag: "AccessTokenNotFound",
    reference,
    message: `No active token has the id or name ${JSON.stringify(reference)}; list the tokens to see which exist.`,
  };
}
