import { Effect } from "effect";
import type { AccessToken } from "./AccessToken";
import { accessTokenNameTaken, accessTokenNotFound, type AccessTokensShape } from "./AccessTokens";

/**
 * Access tokens kept in memory, with the rules every implementation keeps: active names are
 * unique, a revoked token is found by no secret and keeps its row, lists are oldest first.
 * @example const tokens = makeInMemoryAccessTokens(); await Effect.runPromise(tokens.add(token));
 */
export function makeInMemoryAccessTokens(): AccessTokensShape {
  const tokens: AccessToken[] = [];
  const active = (token: AccessToken) => token.revokedAt === undefined;
  return {
    add: (token) =>
      Effect.suspend(() => {
        if (tokens.some((kept) => active(kept) && kept.name === token.name))
          return Effect.fail(accessTokenNameTaken(token.name));
        tokens.push({ ...token });
        return Effect.succeed({ ...token });
      }),
    findBySecretHash: (secretHash) =>
      Effect.sync(() => {
        const found = tokens.find((token) => active(token) && token.secretHash === secretHash);
        return found === undefined ? undefined : { ...found };
      }),
    list: () => Effect.sync(() => tokens.map((token) => ({ ...token }))),
    revoke: (reference, at) =>
      Effect.suspend(() => {
        const index = tokens.findIndex(
          (token) => active(token) && (token.id === reference || token.name === reference),
        );
        const found = tokens[index];
        if (found === undefined) return Effect.fail(accessTokenNotFound(reference));
        const revoked = { ...found, revokedAt: at };
        tokens[index] = revoked;
        return Effect.succeed({ ...revoked });
      }),
  };
}
