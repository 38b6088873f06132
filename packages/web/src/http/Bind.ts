import { Cause, Effect, Exit } from "effect";
import type { Context, Hono } from "hono";
import * as z from "zod";
import type { ApiContext, ApiServices } from "../ApiContext";
import { anonymousCaller, authorize, type Caller } from "../auth/Caller";
import { AccessTokens, problemsFromIssues } from "@remit/core";
import type { OperationSpec } from "../contract/Operation";
import { OPERATIONS, type Operations } from "../contract/Operations";
import { ROUTES, type OperationId } from "../contract/Routes";
import type { KeptAnswer } from "./AnswerMemo";
import { chooseEncoding, compressWhole, MIN_COMPRESSED_BYTES } from "./Compression";
import { contentETag, noneMatch, writePrecondition } from "./Conditional";
import { apiSecurityHeaders } from "./Security";
import { readJsonBody } from "./JsonBody";
import { apiProblem, problemResponse, type TaggedProblem } from "./Problem";
import type { ApiEnv } from "./ApiEnv";

const UTF8 = new TextEncoder();

type Spec<Id extends OperationId> = Operations[Id];
type OutputOf<S> = S extends z.core.$ZodType ? z.output<S> : undefined;
type BodyOf<S> = S extends { readonly body: { readonly schema: infer B } } ? OutputOf<B> : undefined;
type ParamsOf<S> = S extends { readonly params: infer P } ? OutputOf<P> : undefined;
type QueryOf<S> = S extends { readonly query: infer Q } ? OutputOf<Q> : undefined;
/** A type with every array and property read-only: core's values are, and may be answered as they are. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The success body an operation answers, as its schema's input (what handlers build). */
type SuccessOf<Id extends OperationId> = Spec<Id>["success"] extends { readonly schema: infer R }
  ? R extends z.core.$ZodType
    ? DeepReadonly<z.input<R>>
    : never
  : never;

/** What a handler is given: the request's parts, validated by the contract's schemas. */
interface HandlerInput<Id extends OperationId> {
  readonly params: ParamsOf<Spec<Id>>;
  readonly query: QueryOf<Spec<Id>>;
  readonly body: BodyOf<Spec<Id>>;
  readonly caller: Caller;
  /** For writes with If-Match: the revision the caller read, or "absent" to create only. */
  readonly expected: number | "absent" | undefined;
  readonly request: Request;
}

/** What a handler answers: a JSON body (with an ETag computed when the operation has one), or a Response of its own. */
type Reply<Id extends OperationId> =
  | { readonly json: SuccessOf<Id>; readonly etag?: string; readonly headers?: Readonly<Record<string, string>> }
  | { readonly response: Response }
  | { readonly empty: true };

/** A handler: an Effect over the store, failing with tagged errors. */
export type Handler<Id extends OperationId> = (
  input: HandlerInput<Id>,
) => Effect.Effect<Reply<Id>, TaggedProblem | { readonly _tag: string; readonly message: string }, ApiServices>;

function invalid(where: string, error: z.ZodError, tag: string): TaggedProblem {
  const problems = problemsFromIssues(error.issues).map((problem) => ({ ...problem, path: [where, ...problem.path] }));
  const first = problems[0];
  return apiProblem(
    tag,
    `The ${where} is not valid${first === undefined ? "" : `: ${first.path.slice(1).join(".") || where}: ${first.reason}`}.`,
    { problems },
  );
}

function parsePart(
  schema: z.core.$ZodType | undefined,
  value: unknown,
  where: string,
  tag = "InvalidRequest",
): { ok: true; value: unknown } | { ok: false; error: TaggedProblem } {
  if (schema === undefined) return { ok: true, value: undefined };
  const parsed = z.safeParse(schema, value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: invalid(where, parsed.error, tag) };
}

/** A request URL's path and query (the memo's key), without parsing the URL. */
function pathAndQuery(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return start === -1 ? "/" : url.slice(start);
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The cache policy of a successful answer: true to what it is (see the package README). */
function cacheControl(spec: OperationSpec, caller: Caller): string {
  if (spec.access === "open" || spec.success.status !== 200 || spec.conditional === "if-match") return "no-store";
  // Stored, but checked with the server (ETag) every time: records change whenever someone writes.
  return caller.role === undefined ? "public, no-cache" : "private, no-cache";
}

async function decode(spec: OperationSpec, context: Context<ApiEnv>, api: ApiContext) {
  const request = context.req.raw;
  const params = parsePart(spec.params, context.req.param(), "path");
  if (!params.ok) return params;
  const query = parsePart(spec.query, context.req.query(), "query");
  if (!query.ok) return query;
  let body: { ok: true; value: unknown } | { ok: false; error: TaggedProblem } = { ok: true, value: undefined };
  if (spec.body?.schema !== undefined) {
    const type = mediaType(request);
    if (!spec.body.contentTypes.includes(type)) {
      return {
        ok: false as const,
        error: apiProblem(
          "UnsupportedMediaType",
          `Send the body as ${spec.body.contentTypes.join(" or ")}${type === "" ? "" : `, not ${type}`}.`,
        ),
      };
    }
    const json = await readJsonBody(request, api.limits);
    body = !json.ok
      ? json
      : spec.body.validatedByStore === true
        ? { ok: true, value: json.value }
        : parsePart(spec.body.schema, json.value, "body", "InvalidBody");
  }
  if (!body.ok) return body;
  return { ok: true as const, params: params.value, query: query.value, body: body.value };
}

/**
 * Binds one operation of the contract to its handler on the app: authorization, request
 * validation by the contract's schemas (400 with every problem), the write preconditions
 * (428, 400), the handler's Effect run on the API's one runtime, ETags and 304 on reads,
 * true Cache-Control, and every failure as problem+json through the one table.
 */
export function bind<Id extends OperationId>(app: Hono<ApiEnv>, api: ApiContext, id: Id, handler: Handler<Id>): void {
  const spec: OperationSpec = OPERATIONS[id];
  const route = ROUTES[id];
  const path = route.path.replace(/\{(\w+)\}/g, ":$1");
  const kept = spec.keptByGeneration === true && route.method === "get";
  app.on(route.method.toUpperCase(), path, async (context) => {
    const requestId = context.get("requestId");
    const request = context.req.raw;
    const fail = (error: unknown) => problemResponse(error, requestId);
    const authorization = request.headers.get("authorization") ?? undefined;
    // Without a token, whether the caller may go on needs no store (nor an Effect run).
    let caller = authorization === undefined ? anonymousCaller(spec.access, api.auth) : undefined;
    if (caller === undefined) {
      const callerExit = await api.runtime.runPromiseExit(
        Effect.gen(function* () {
          return yield* authorize(yield* AccessTokens, authorization, spec.access, api.auth);
        }),
      );
      if (Exit.isFailure(callerExit)) return fail(Cause.squash(callerExit.cause));
      caller = callerExit.value;
    }
    context.set("actor", caller.actor);
    // For a kept read, the store's generation, read AFTER the request came and BEFORE the
    // answer is computed: an answer is never kept under a generation newer than its data.
    const memoKey = kept ? pathAndQuery(request.url) : "";
    let generation: number | undefined;
    if (kept) {
      const read = await api.generations.next();
      if (!read.ok) return fail(read.error);
      generation = read.value;
      // A kept answer was computed for this very URL, so the request was valid then and is now.
      const answer = api.memo.get(memoKey, generation);
      if (answer !== undefined) return keptResponse(context, api, spec, caller, memoKey, answer);
    }
    let expected: number | "absent" | undefined;
    if (spec.conditional === "if-match") {
      const precondition = writePrecondition(
        request.headers.get("if-match") ?? undefined,
        request.headers.get("if-none-match") ?? undefined,
        route.method === "put",
      );
      if (!precondition.ok) return fail(precondition.error);
      expected = precondition.value;
    }
    const decoded = await decode(spec, context, api);
    if (!decoded.ok) return fail(decoded.error);
    const exit = await api.runtime.runPromiseExit(
      handler({
        params: decoded.params,
        query: decoded.query,
        body: decoded.body,
        caller,
        expected,
        request,
      } as HandlerInput<Id>),
    );
    if (Exit.isFailure(exit)) {
      const error = Cause.squash(exit.cause);
      if (!(typeof error === "object" && error !== null && "_tag" in error)) context.set("error", error);
      return fail(error);
    }
    const reply = exit.value;
    if ("response" in reply) return reply.response;
    if ("empty" in reply) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
    const text = JSON.stringify(reply.json);
    const etag = spec.conditional === undefined ? undefined : (reply.etag ?? contentETag(text));
    if (generation !== undefined && etag !== undefined && reply.headers === undefined) {
      const bytes = UTF8.encode(text);
      const answer = api.memo.set(memoKey, generation, bytes, etag);
      if (answer !== undefined) return keptResponse(context, api, spec, caller, memoKey, answer);
      return jsonResponse(spec, caller, request, bytes, etag);
    }
    return jsonResponse(spec, caller, request, text, etag, reply.headers);
  });
}

/**
 * A kept answer, complete: every header the middleware would add, and the body compressed as
 * the caller accepts (once per encoding, then kept with the answer), so that the middleware
 * leaves it as it is (see `answerComplete`). Serving a kept page again costs no JSON, no
 * compression and no header rewriting.
 */
async function keptResponse(
  context: Context<ApiEnv>,
  api: ApiContext,
  spec: OperationSpec,
  caller: Caller,
  key: string,
  answer: KeptAnswer,
): Promise<Response> {
  const request = context.req.raw;
  const headers: Record<string, string> = {
    ...apiSecurityHeaders(request.url),
    "x-request-id": context.get("requestId"),
    "cache-control": cacheControl(spec, caller),
    vary: "Authorization, Accept-Encoding",
    etag: answer.etag,
  };
  context.set("answerComplete", true);
  if (spec.conditional === "etag" && noneMatch(request.headers.get("if-none-match") ?? undefined, answer.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers["content-type"] = "application/json; charset=utf-8";
  const encoding =
    answer.bytes.byteLength < MIN_COMPRESSED_BYTES
      ? undefined
      : chooseEncoding(request.headers.get("accept-encoding") ?? "", api.compressors);
  const compressor = encoding === undefined ? undefined : api.compressors[encoding];
  if (encoding === undefined || compressor === undefined) {
    return new Response(answer.bytes, { status: spec.success.status, headers });
  }
  let encoded = answer.encoded.get(encoding);
  if (encoded === undefined) {
    encoded = await compressWhole(answer.bytes, compressor);
    api.memo.keepEncoded(key, answer, encoding, encoded);
  }
  headers["content-encoding"] = encoding;
  return new Response(encoded, { status: spec.success.status, headers });
}

/** A JSON answer with its cache headers, or 304 when If-None-Match names its ETag. */
function jsonResponse(
  spec: OperationSpec,
  caller: Caller,
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  etag: string | undefined,
  extra?: Readonly<Record<string, string>>,
): Response {
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": cacheControl(spec, caller),
    vary: "Authorization",
    ...extra,
  };
  if (etag !== undefined) {
    headers.etag = etag;
    if (spec.conditional === "etag" && noneMatch(request.headers.get("if-none-match") ?? undefined, etag)) {
      return new Response(null, {
        status: 304,
        headers: { etag, "cache-control": headers["cache-control"] ?? "no-cache", vary: "Authorization" },
      });
    }
  }
  return new Response(body, { status: spec.success.status, headers });
}
