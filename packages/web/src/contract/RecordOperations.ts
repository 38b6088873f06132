import { AuditEntrySchema } from "./AuditSchema";
import { ENTITY_SCHEMAS, type EntityKind } from "@remit/core";
import * as z from "zod";
import { operation } from "./Operation";
import { RECORD_NAMES, RECORD_PATHS } from "./Routes";
import { IdParams, PageQuery, pageSchema, storedSchema } from "./Schemas";

const ETAG = { ETag: "The record's revision, quoted: send it back in If-Match." };

/** A JSON Merge Patch (RFC 7396) of a record: the fields to change, null to remove one. */
const MergePatch = z
  .record(z.string(), z.unknown())
  .describe("JSON Merge Patch (RFC 7396): the fields to change; null removes a field. The id cannot change.");

/** The operations of one kind of record: list, get, put, patch, delete and its history. */
export function recordOperations<K extends EntityKind, Q extends z.ZodObject = typeof PageQuery>(
  kind: K,
  listQuery?: Q,
) {
  const [one, many] = RECORD_NAMES[kind];
  const aRecord = `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`; // "an activity", "a mandate"
  const noun = RECORD_PATHS[kind];
  const stored = storedSchema(kind);
  const list = operation({
    summary: `List ${noun}`,
    description:
      listQuery === undefined
        ? `Every ${kind} record, by id, a page at a time.`
        : `The ${noun} matching every filter given (core's filter of the kind, as \`remit list ${noun}\`), by id, a page at a time.`,
    tag: many,
    access: "read",
    query: (listQuery ?? PageQuery) as Q,
    success: {
      status: 200,
      description: `A page of ${noun}.`,
      contentType: "application/json",
      schema: pageSchema(stored),
    },
    problems: [],
    conditional: "etag",
    keptByGeneration: true,
  });
  const get = operation({
    summary: `One ${kind}`,
    description:
      kind === "mandate"
        ? "A mandate by id, by document symbol (A%2FRES%2F74%2F173) or by citation (GA%20resolution%2074%2F173), URL-encoded."
        : `One ${kind} record by id, with its revision.`,
    tag: many,
    access: "read",
    params: IdParams,
    success: {
      status: 200,
      description: `The ${kind}.`,
      contentType: "application/json",
      schema: stored,
      headers: ETAG,
    },
    problems: [404],
    conditional: "etag",
  });
  const put = operation({
    summary: `Create or replace ${aRecord}`,
    description:
      "Send If-Match with the revision you read to replace a record, or If-None-Match: * to create one; a stale " +
      "revision is refused with 412 and nothing is written, a missing precondition with 428.",
    tag: many,
    access: "write",
    params: IdParams,
    body: {
      description: `The whole ${kind} record; its id must be the one in the path.`,
      contentTypes: ["application/json"],
      schema: ENTITY_SCHEMAS[kind],
      validatedByStore: true,
    },
    success: {
      status: 200,
      description: `The ${kind} as stored, with its new revision.`,
      contentType: "application/json",
      schema: stored,
      headers: ETAG,
    },
    problems: [404, 412, 413, 415, 422, 428],
    conditional: "if-match",
  });
  const patch = operation({
    summary: `Change some fields of ${aRecord}`,
    description:
      "A JSON Merge Patch applied to the revision named by If-Match; the result is validated as a whole record.",
    tag: many,
    access: "write",
    params: IdParams,
    body: {
      description: "A JSON Merge Patch (RFC 7396).",
      contentTypes: ["application/merge-patch+json", "application/json"],
      schema: MergePatch,
    },
    success: {
      status: 200,
      description: `The ${kind} as stored, with its new revision.`,
      contentType: "application/json",
      schema: stored,
      headers: ETAG,
    },
    problems: [404, 412, 413, 415, 422, 428],
    conditional: "if-match",
  });
  const remove = operation({
    summary: `Delete ${aRecord}`,
    description: "Deletes the revision named by If-Match; its audit trail is kept.",
    tag: many,
    access: "write",
    params: IdParams,
    success: { status: 204, description: "Deleted." },
    problems: [404, 412, 428],
    conditional: "if-match",
  });
  const history = operation({
    summary: `Who changed ${aRecord}, and when`,
    tag: many,
    access: "read",
    params: IdParams,
    success: {
      status: 200,
      description: "The audit trail, oldest first.",
      contentType: "application/json",
      schema: z.object({ items: z.array(AuditEntrySchema) }),
    },
    problems: [],
    conditional: "etag",
  });
  return {
    [`list${many}`]: list,
    [`get${one}`]: get,
    [`put${one}`]: put,
    [`patch${one}`]: patch,
    [`delete${one}`]: remove,
    [`get${one}History`]: history,
  } as RecordOperationsOf<K, typeof list, typeof get, typeof put, typeof patch, typeof remove, typeof history>;
}

type RecordOperationsOf<K extends EntityKind, L, G, P, A, D, H> = {
  readonly [Id in `list${(typeof RECORD_NAMES)[K][1]}`]: L;
} & { readonly [Id in `get${(typeof RECORD_NAMES)[K][0]}`]: G } & {
  readonly [Id in `put${(typeof RECORD_NAMES)[K][0]}`]: P;
} & { readonly [Id in `patch${(typeof RECORD_NAMES)[K][0]}`]: A } & {
  readonly [Id in `delete${(typeof RECORD_NAMES)[K][0]}`]: D;
} & { readonly [Id in `get${(typeof RECORD_NAMES)[K][0]}History`]: H };
