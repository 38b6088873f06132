/**
 * @remit/web: Remit's HTTP API on Hono — every record and query over JSON, the OpenAPI 3.1
 * contract generated from core's zod schemas, problem+json errors from one table, ETags and
 * If-Match writes, bearer tokens with roles. Serve it on Node with `@remit/web/node`; call it
 * with the typed client in `@remit/web/client`.
 * @packageDocumentation
 */
export { createApi, API_VERSION, type ApiOptions, type RemitApi } from "./createApi";
export type { ApiServices } from "./ApiContext";
export type { AuthSettings, Caller } from "./auth/Caller";
export { addNewToken, issueToken, hashSecret, tokenView, type IssuedToken } from "./auth/TokenSecrets";
export { openApiDocument, type OpenApiInfo, type JsonObject } from "./contract/OpenApiDocument";
export { OPERATIONS, type Operations } from "./contract/Operations";
export { ROUTES, RECORD_PATHS, type OperationId, type Method, type RecordKind } from "./contract/Routes";
export type { OperationSpec, Access, BodySpec, ResponseSpec } from "./contract/Operation";
export { STATUS_OF_TAG, statusOfTag } from "./http/ProblemTable";
export type { BodyLimits } from "./http/JsonBody";
export type { AnswerMemoLimits } from "./http/AnswerMemo";
export type { Compressor, Compressors } from "./http/Compression";
export type { LogSink } from "./http/RequestLog";
export type { DocsAssets } from "./routes/DocsRoutes";
export { DEFAULT_LIVE_SETTINGS, type LiveSettings } from "./routes/LiveHandlers";
export type { ApiEnv } from "./http/ApiEnv";
export type { LineageNodeShape } from "./contract/QueryOperations";
