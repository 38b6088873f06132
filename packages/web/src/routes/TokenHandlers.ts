import { AccessTokens } from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import { issueToken, tokenView } from "../auth/TokenSecrets";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";

/** Binds the admin's token operations: list, issue (the secret shown once), revoke. */
export function bindTokens(app: Hono<ApiEnv>, api: ApiContext): void {
  bind(app, api, "listTokens", () =>
    Effect.gen(function* () {
      const tokens = yield* AccessTokens;
      return { json: { items: (yield* tokens.list()).map(tokenView) } };
    }),
  );
  bind(app, api, "createToken", ({ body, caller }) =>
    Effect.gen(function* () {
      const tokens = yield* AccessTokens;
      const issued = yield* Effect.promise(() =>
        issueToken({ name: body.name, role: body.role, by: caller.actor, at: api.clock() }),
      );
      const kept = yield* tokens.add(issued.token);
      return { json: { token: tokenView(kept), secret: issued.secret } };
    }),
  );
  bind(app, api, "revokeToken", ({ params }) =>
    Effect.gen(function* () {
      const tokens = yield* AccessTokens;
      return { json: tokenView(yield* tokens.revoke(params.id, api.clock().toISOString())) };
    }),
  );
}
