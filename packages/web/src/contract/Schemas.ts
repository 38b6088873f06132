import {
  ACCESS_ROLES,
  ActivitySortText,
  ENTITY_SCHEMAS,
  FILTER_SCHEMAS,
  PAGE_MAX_LIMIT,
  PartialDate,
  type EntityKind,
} from "@remit/core";
import * as z from "zod";

/**
 * The building blocks of the contract that are the API's own: the envelope a stored record
 * travels in, pages, problems, list queries. Records themselves are core's schemas.
 */

function makeStoredSchema<K extends EntityKind>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    revision: z.number().int().positive().describe("Send it back in If-Match to change or delete the record."),
    createdAt: z.string().describe("ISO 8601 time of the first revision."),
    updatedAt: z.string().describe("ISO 8601 time of the latest revision."),
    updatedBy: z.string().describe("Who wrote the latest revision."),
    record: ENTITY_SCHEMAS[kind],
  });
}

const storedSchemas = new Map<EntityKind, unknown>();

/**
 * A stored record with its revision and who changed it last (core's `Stored`). One schema
 * object per kind, so the OpenAPI document names it once (`StoredActivity`).
 */
export function storedSchema<K extends EntityKind>(kind: K): ReturnType<typeof makeStoredSchema<K>> {
  const known = storedSchemas.get(kind);
  if (known !== undefined) return known as ReturnType<typeof makeStoredSchema<K>>;
  const made = makeStoredSchema(kind);
  storedSchemas.set(kind, made);
  return made;
}

/** One page of a list, and the cursor of the next one. */
export function pageSchema<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().optional().describe("Pass it as ?cursor= for the next page; absent on the last page."),
  });
}

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(PAGE_MAX_LIMIT)
  .optional()
  .describe(`At most this many items (default 50, at most ${PAGE_MAX_LIMIT}).`);
const cursor = z.string().min(1).optional().describe("The nextCursor of the previous page of the same query.");
const from = z.optional(PartialDate).describe("From this date on (YYYY, YYYY-MM or YYYY-MM-DD).");
const to = z.optional(PartialDate).describe("Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).");

/** Paging alone: the query of a list without filters. */
export const PageQuery = z.object({ limit, cursor }).strict();

/** The dates of a list query, which become the filter's period (`from` alone is open-ended). */
const dates = { from, to };

/**
 * The query of `GET /activities`, `/mandates`, `/sessions`, `/instruments`, `/observations`: core's
 * filter of the kind (`FILTER_SCHEMAS`), with its period as `from`/`to` and, for activities, the
 * mandate by id, symbol or citation (`mandate`) and the order (`sort`, core's `ActivitySortText`),
 * then the page. Unknown parameters are refused.
 */
export const LIST_QUERIES = {
  activity: z
    .strictObject(FILTER_SCHEMAS.activity.shape)
    .omit({ mandateId: true, period: true })
    .extend({
      mandate: z.string().trim().min(1).optional().describe("Serves this mandate: its id, symbol or citation."),
      ...dates,
      sort: z.optional(ActivitySortText),
      limit,
      cursor,
    }),
  mandate: z
    .strictObject(FILTER_SCHEMAS.mandate.shape)
    .omit({ period: true })
    .extend({ ...dates, limit, cursor }),
  session: z
    .strictObject(FILTER_SCHEMAS.session.shape)
    .omit({ period: true })
    .extend({ ...dates, limit, cursor }),
  instrument: z
    .strictObject(FILTER_SCHEMAS.instrument.shape)
    .omit({ period: true })
    .extend({ ...dates, limit, cursor }),
  observation: z
    .strictObject(FILTER_SCHEMAS.observation.shape)
    .omit({ period: true })
    .extend({ ...dates, limit, cursor }),
};

/**
 * The scope of `GET /aggregates`: the activity criteria a scoped aggregation takes (core's
 * `AggregationActivityScope`) as `GET /activities` spells them, `from`/`to` being the period of
 * both the figures and their activities.
 */
export const AggregateScopeQuery = LIST_QUERIES.activity.pick({
  mandate: true,
  country: true,
  region: true,
  topic: true,
  kind: true,
  from: true,
  to: true,
});

/** The filters of `GET /activities` (as `remit list activities`). */
export const ActivityListQuery = LIST_QUERIES.activity;

/** The path of one record. */
export const IdParams = z.object({ id: z.string().min(1).describe("The record's id.") });

/** Where a problem is in a record or an uploaded file. */
export const RecordProblemSchema = z.object({
  file: z.string().optional(),
  line: z.number().int().optional().describe("1-based line of the record in the upload."),
  path: z.array(z.union([z.string(), z.number()])).describe("Field path inside the record."),
  reason: z.string(),
  expected: z.string().optional(),
  wording: z
    .object({ reason: z.looseObject({ key: z.string() }), expected: z.looseObject({ key: z.string() }).optional() })
    .optional()
    .describe(
      "`reason` and `expected` as data (a key and the values they were worded from), for wording the problem in the reader's language with @remit/core's formatRecordProblemIn; a rule of a schema's own is `{ key: \"rule\", rule, values }`; absent where the words are a schema author's own with no rule named.",
    ),
});

/**
 * An error as `application/problem+json` (RFC 9457), with core's tag and the error's own
 * fields beside the standard members, so the typed client rebuilds the same tagged value.
 */
export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe("What went wrong and what to do, in words a person can act on."),
  instance: z.string().optional(),
  _tag: z.string().describe("core's error tag (RevisionConflict, InvalidRecord, …)."),
  requestId: z.string().optional(),
  problems: z.array(RecordProblemSchema).optional(),
});

/** A role of an access token. */
export const AccessRoleSchema = z.enum(ACCESS_ROLES);

/** An access token as the API shows it: never the secret, never its hash. */
export const AccessTokenView = z.object({
  id: z.string(),
  name: z.string(),
  role: AccessRoleSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().optional(),
});
