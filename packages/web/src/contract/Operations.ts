import { LIVE_OPERATIONS } from "./LiveOperations";
import { QUERY_OPERATIONS } from "./QueryOperations";
import { recordOperations } from "./RecordOperations";
import { LIST_QUERIES } from "./Schemas";

/**
 * The contract of the HTTP API: every operation by id with its schemas (core's zod schemas
 * for records, the API's own for envelopes and answers). The server validates requests with
 * them, the OpenAPI document is generated from them, and the typed client takes its types
 * from them: nothing is described twice.
 */
export const OPERATIONS = {
  ...recordOperations("activity", LIST_QUERIES.activity),
  ...recordOperations("observation", LIST_QUERIES.observation),
  ...recordOperations("indicator"),
  ...recordOperations("mandate", LIST_QUERIES.mandate),
  ...recordOperations("session", LIST_QUERIES.session),
  ...recordOperations("thematicDiscussion"),
  ...recordOperations("instrument", LIST_QUERIES.instrument),
  ...recordOperations("body"),
  ...QUERY_OPERATIONS,
  ...LIVE_OPERATIONS,
};

/** The contract's type: what the typed client is inferred from. */
export type Operations = typeof OPERATIONS;
