import { AccessTokens } from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import { addNewToken, tokenView } from "../auth/TokenSecrets";
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
      const { token, secret } = yield* addNewToken({
        name: body.name,
        role: body.role,
        by: caller.actor,
        at: api.clock(),
      });
      return { json: { token: tokenView(token), secret } };
    }),
  );
  bind(app, api, "revokeToken", ({ params }) =>
    Effect.gen(function* () {
      const tokens = yield* AccessTokens;
      return { json: tokenView(yield* tokens.revoke(params.id, api.clock().toISOString())) };
    }),
  );
}
