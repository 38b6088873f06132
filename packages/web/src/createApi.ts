import { ENTITY_KINDS, type ReportContentFor } from "@remit/core";
import type { Layer } from "effect";
import { ManagedRuntime } from "effect";
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { ApiContext, ApiServices } from "./ApiContext";
import type { AuthSettings } from "./auth/Caller";
import { openApiDocument } from "./contract/OpenApiDocument";
import type { ApiEnv } from "./http/ApiEnv";
import { AnswerMemo, DEFAULT_MEMO_LIMITS, type AnswerMemoLimits } from "./http/AnswerMemo";
import { storeGenerationReads } from "./http/GenerationReads";
import { compression, platformGzip, type Compressors } from "./http/Compression";
import { DEFAULT_BODY_LIMITS, type BodyLimits } from "./http/JsonBody";
import { apiProblem, problemResponse } from "./http/Problem";
import { requestLog, type LogSink } from "./http/RequestLog";
import { securityHeaders } from "./http/Security";
import { bindDocs, type DocsAssets } from "./routes/DocsRoutes";
import { bindHealth } from "./routes/HealthHandlers";
import { bindLive, DEFAULT_LIVE_SETTINGS, type LiveSettings } from "./routes/LiveHandlers";
import { bindQueries } from "./routes/QueryHandlers";
import { bindRecordOperations } from "./routes/RecordHandlers";
import { bindExchange } from "./routes/ExchangeHandlers";
import { bindTokens } from "./routes/TokenHandlers";

/** The version the OpenAPI document states. */
export const API_VERSION = "0.1.0";

/** How to build the API. */
export interface ApiOptions {
  /** The store: a Layer providing core's `Store` and `AccessTokens` (every store package's `layer` does). */
  readonly store: Layer.Layer<ApiServices, unknown>;
  /** Authentication: whether reads are public (default: every request needs a token). */
  readonly auth?: AuthSettings;
  /** Where timestamps come from (default: the system clock). */
  readonly clock?: () => Date;
  /** Body limits (default 1 MiB JSON, 32 levels deep, 256 MiB imports). */
  readonly limits?: Partial<BodyLimits>;
  /** Origins allowed to call the API from a browser (CORS); none by default. `*` allows any. */
  readonly corsOrigins?: readonly string[];
  /** Where the one-line-per-request JSON log goes (default: nowhere). */
  readonly log?: LogSink;
  /** Compressors beyond the platform's gzip (brotli on Node: see `@remit/web/node`). */
  readonly compressors?: Compressors;
  /**
   * How many answers to reads are kept in memory, by store generation, to be served again
   * until the next write (default 512 answers, 64 MiB; `{ entries: 0 }` keeps none).
   */
  readonly memo?: Partial<AnswerMemoLimits>;
  /** The reference page's assets (on Node: `@remit/web/node` reads swagger-ui-dist's files). */
  readonly docsAssets?: DocsAssets;
  /** How live session event streams keep quiet connections open (default: a heartbeat every 15 s). */
  readonly live?: Partial<LiveSettings>;
  /**
   * The content each mandate's report is written from (its outline, templates by language and
   * the texts of the paragraphs no record holds), chosen by the mandate's id. The composition
   * root chooses it, as `remit report` does: `@remit/dataset`'s `reportContentFor` gives GA
   * 74/173 the 2021 cybercrime report's. Without it, or for a mandate it knows nothing of,
   * `GET /reports/{mandate}` answers 404 `NoReportContent` rather than another mandate's report.
   */
  readonly reportContent?: ReportContentFor;
}

/** The API: a Hono app (mount it anywhere, or call `fetch`), and `close` to release the store. */
export type RemitApi = Hono<ApiEnv> & {
  /** Closes the store (its file or its pool). Requests after it fail. */
  readonly close: () => Promise<void>;
};

/**
 * The HTTP API over a store: every record and query of Remit as JSON, the OpenAPI document
 * at `/openapi.json`, a reference page at `/docs`, `/healthz` and `/readyz`. Effect programs
 * run on one runtime built from the store layer. A fetch handler: serve it with
 * `@remit/web/node`'s `serveApi`, or any runtime that speaks Fetch.
 * @example
 * const api = createApi({ store: SqliteStore.layer({ path: "remit.db" }), auth: { publicReads: true } });
 * const response = await api.request("/activities?topic=cryptocurrency");
 */
export function createApi(options: ApiOptions): RemitApi {
  const clock = options.clock ?? (() => new Date());
  const runtime = ManagedRuntime.make(options.store);
  const compressors: Compressors = { gzip: platformGzip, ...options.compressors };
  const api: ApiContext = {
    runtime,
    clock,
    auth: options.auth ?? {},
    limits: { ...DEFAULT_BODY_LIMITS, ...options.limits },
    version: API_VERSION,
    memo: new AnswerMemo(
      options.memo === undefined ? DEFAULT_MEMO_LIMITS : { ...DEFAULT_MEMO_LIMITS, ...options.memo },
    ),
    generations: storeGenerationReads(runtime),
    compressors,
    reportContent: options.reportContent ?? (() => undefined),
  };
  const app = new Hono<ApiEnv>();
  app.use(requestLog(options.log, clock));
  app.use(securityHeaders());
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    app.use(
      cors({
        origin: origins.includes("*") ? "*" : (origin) => (origins.includes(origin) ? origin : null),
        allowHeaders: ["Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-Id"],
        allowMethods: ["GET", "PUT", "PATCH", "DELETE", "POST"],
        exposeHeaders: ["ETag", "X-Request-Id", "Location"],
        maxAge: 600,
      }),
    );
  }
  app.use(compression(compressors));
  bindHealth(app, api);
  let document: string | undefined;
  bindDocs(app, () => (document ??= JSON.stringify(openApiDocument({ version: API_VERSION }))), options.docsAssets);
  for (const kind of ENTITY_KINDS) bindRecordOperations(app, api, kind);
  bindQueries(app, api);
  bindExchange(app, api);
  bindTokens(app, api);
  bindLive(app, api, { ...DEFAULT_LIVE_SETTINGS, ...options.live });
  app.notFound((context) =>
    problemResponse(
      apiProblem(
        "NotFound",
        `Nothing is at ${new URL(context.req.url).pathname}; the operations are listed at /openapi.json and /docs.`,
      ),
      context.get("requestId"),
    ),
  );
  app.onError((error, context) => {
    context.set("error", error);
    return problemResponse(error, context.get("requestId"));
  });
  return Object.assign(app, { close: () => api.runtime.dispose() });
}
