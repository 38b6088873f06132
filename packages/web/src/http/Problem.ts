import { STATUS_TITLES, statusOfTag } from "./ProblemTable";

/** A tagged error value as the API handles it: core's errors and the API's own share this shape. */
export interface TaggedProblem {
  readonly _tag: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

/** An error of the HTTP layer itself (a bad header, a missing token), tagged like core's. */
export function apiProblem(
  tag: string,
  message: string,
  fields: Readonly<Record<string, unknown>> = {},
): TaggedProblem {
  return { _tag: tag, message, ...fields };
}

/** Whether a value carries an error tag and a message. */
function isTaggedProblem(value: unknown): value is TaggedProblem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { _tag?: unknown })._tag === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

// Fields that never leave the server: a cause may hold a stack, SQL or a connection string.
const PRIVATE_FIELDS = new Set(["cause", "stack", "_tag", "message", "name"]);

/** The fields of an error worth sending (JSON-safe, no cause or stack). */
function publicFields(error: TaggedProblem): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (PRIVATE_FIELDS.has(key) || value === undefined || typeof value === "function") continue;
    fields[key] = value;
  }
  return fields;
}

/**
 * An error as `application/problem+json` (RFC 9457): the status from the one table, the
 * message as `detail`, core's tag as `_tag` and the error's fields beside them (the problems
 * of an invalid record with their paths; the expected and actual revisions of a conflict).
 * An error the table does not know is a 500 whose detail says no more than that.
 */
export function problemResponse(error: unknown, requestId: string | undefined): Response {
  const tagged = isTaggedProblem(error)
    ? error
    : apiProblem("InternalError", "Something failed inside the API; the server's log has the details.");
  const status = statusOfTag(tagged._tag);
  const known = status !== 500;
  const body = {
    type: `urn:remit:problem:${tagged._tag}`,
    title: STATUS_TITLES[status] ?? "Error",
    status,
    detail: known ? tagged.message : "Something failed inside the API; the server's log has the details.",
    _tag: known ? tagged._tag : "InternalError",
    ...(known ? publicFields(tagged) : {}),
    ...(requestId === undefined ? {} : { requestId }),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json", "cache-control": "no-store" };
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="remit"';
  return new Response(JSON.stringify(body), { status, headers });
}
