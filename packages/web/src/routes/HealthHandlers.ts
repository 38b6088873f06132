import { Store } from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { apiProblem } from "../http/Problem";

/**
 * `/healthz`: the process answers. `/readyz`: the store answers a query (a store opens only
 * once its migrations are current, so a store that answers is migrated); 503 otherwise.
 */
export function bindHealth(app: Hono<ApiEnv>, api: ApiContext): void {
  bind(app, api, "getHealth", () => Effect.succeed({ json: { status: "ok" as const } }));
  bind(app, api, "getReadiness", () =>
    Effect.gen(function* () {
      const store = yield* Store;
      yield* store
        .list("body", { limit: 1 })
        .pipe(Effect.mapError((error) => apiProblem("StoreFailure", `The store does not answer: ${error.message}`)));
      return { json: { status: "ready" as const, store: "reachable" as const } };
    }),
  );
}
