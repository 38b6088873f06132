import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "./ApiEnv";

/** Where the request log goes: one JSON line per request. */
export type LogSink = (line: string) => void;

const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is short and plain, else a
 * new UUID), echoes it in the response, and writes one JSON line when the answer is ready:
 * time, id, method, path, status, milliseconds, who called. An unexpected failure adds its
 * message (the caller saw only that something failed, and the request id).
 */
export function requestLog(sink: LogSink | undefined, clock: () => Date): MiddlewareHandler<ApiEnv> {
  return async (context, next) => {
    const given = context.req.header("x-request-id");
    const requestId = given !== undefined && SANE_ID.test(given) ? given : crypto.randomUUID();
    context.set("requestId", requestId);
    context.set("actor", "anonymous");
    const started = performance.now();
    await next();
    if (context.get("answerComplete") !== true) context.res.headers.set("x-request-id", requestId);
    if (sink === undefined) return; // no line to write: spare the work of making one
    const error = context.get("error");
    sink(
      JSON.stringify({
        time: clock().toISOString(),
        level: context.res.status >= 500 ? "error" : "info",
        requestId,
        method: context.req.method,
        path: new URL(context.req.url).pathname,
        status: context.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        actor: context.get("actor"),
        ...(error === undefined ? {} : { error: error instanceof Error ? error.message : JSON.stringify(error) }),
      }),
    );
  };
}
