import {
  ActivityCountFacet,
  ActivityCounts,
  AggregateResultSchema,
  Country,
  Decision18_1Finding,
  ENTITY_KINDS,
  Language,
  LocalizedText,
  M49Region,
  Mandate,
  PartialDate,
  PartiesMeasure,
  PeriodBucketSize,
  Report,
  ReportDeferral,
  ReportingObligation,
  SessionRef,
} from "@remit/core";
import { EXPORT_FORMATS, FORMAT_FILES, REPORT_FORMATS } from "@remit/export/formats";
import * as z from "zod";
import { operation } from "./Operation";
import {
  AccessRoleSchema,
  AccessTokenView,
  ActivityListQuery,
  AggregateScopeQuery,
  IdParams,
  RecordProblemSchema,
  storedSchema,
} from "./Schemas";

/** One node of a lineage tree: a mandate and its branches (recursive), as core's `lineageView` reads it. */
const LineageNode: z.ZodType<LineageNodeShape> = z.lazy(() =>
  z.object({
    id: z.string(),
    label: z
      .string()
      .describe("The mandate's symbol, else its title (in the asked language when it has it), else its id."),
    labelLanguage: z
      .optional(Language)
      .describe(
        "When the label is a title: the language it is written in, another than the asked one when the title has no version in it.",
      ),
    adoptedOn: z.string().optional(),
    title: z.optional(LocalizedText).describe("The title, when the label is the symbol."),
    branches: z.array(LineageBranchSchema),
  }),
);
const branchHead = {
  relation: z.string().describe("The relation as stored, from the later mandate to the earlier."),
  reads: z.string().describe('The relation as the tree reads it from the parent ("updated by" for descendants).'),
  inferred: z.boolean().describe("Whether the edge was inferred rather than stated in the text."),
};
const LineageBranchSchema = z.discriminatedUnion("kind", [
  z.object({ ...branchHead, kind: z.literal("mandate"), mandate: LineageNode }),
  z.object({ ...branchHead, kind: z.literal("unresolved"), target: z.string() }),
  z.object({ ...branchHead, kind: z.literal("cycle"), mandateId: z.string() }),
]);
/** A lineage node as the API answers it (core's `LineageNode`). */
export interface LineageNodeShape {
  readonly id: string;
  readonly label: string;
  readonly labelLanguage?: z.output<typeof Language> | undefined;
  readonly adoptedOn?: string | undefined;
  readonly title?: z.output<typeof LocalizedText> | undefined;
  readonly branches: readonly ({ readonly relation: string; readonly reads: string; readonly inferred: boolean } & (
    | { readonly kind: "mandate"; readonly mandate: LineageNodeShape }
    | { readonly kind: "unresolved"; readonly target: string }
    | { readonly kind: "cycle"; readonly mandateId: string }
  ))[];
}

/** A report due at a session (core's `DueReport`). */
const DueReportSchema = z.object({
  disposition: z.enum(["due", "deferred-away"]),
  mandate: Mandate,
  obligation: ReportingObligation,
  dueSession: SessionRef,
  deferrals: z.array(ReportDeferral),
});

const Counts = z.object({ ok: z.number().int(), violation: z.number().int(), unknown: z.number().int() });

/** What an import did (core's `ImportReport`). */
const ImportReportSchema = z.object({
  read: z.number().int(),
  written: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  problems: z.array(RecordProblemSchema),
});

/** The formats of `GET /reports/{mandate}`: the report as JSON, or rendered (`@remit/export/formats`). */
const REPORT_RESPONSE_FORMATS = ["json", ...REPORT_FORMATS] as const;

const booleanFlag = z
  .enum(["true", "false"])
  .optional()
  .transform((value) => value === "true");

/** The operations that answer questions: lineage, checks, due reports, aggregates, symbols, reports, exports, imports, tokens, health. */
export const QUERY_OPERATIONS = {
  getHealth: operation({
    summary: "The process is up",
    tag: "Health",
    access: "open",
    success: {
      status: 200,
      description: "Alive.",
      contentType: "application/json",
      schema: z.object({ status: z.literal("ok") }),
    },
    problems: [],
  }),
  getReadiness: operation({
    summary: "The store is reachable and migrated",
    tag: "Health",
    access: "open",
    success: {
      status: 200,
      description: "Ready to answer.",
      contentType: "application/json",
      schema: z.object({ status: z.literal("ready"), store: z.literal("reachable") }),
    },
    problems: [503],
  }),
  getMandateLineage: operation({
    summary: "A mandate's lineage as a tree",
    description:
      "The earlier mandates it reaffirms, builds on, updates, continues or endorses (or, with direction=descendants, the later ones that build on it), the relations read in `lang`. The id may be a symbol or citation, URL-encoded.",
    tag: "Mandates",
    access: "read",
    params: IdParams,
    query: z.object({
      direction: z.enum(["ancestors", "descendants"]).default("ancestors"),
      lang: z
        ._default(Language, "en")
        .describe(
          "The language of the relations and of the titles that label mandates without a symbol: ar, zh, en, fr, ru or es.",
        ),
    }),
    success: { status: 200, description: "The tree.", contentType: "application/json", schema: LineageNode },
    problems: [404, 422],
    conditional: "etag",
    keptByGeneration: true,
  }),
  getSessionCheck: operation({
    summary: "A session's thematic discussions checked against CCPCJ decision 18/1",
    description:
      "Each rule is ok, violation, or unknown when the record does not say. The id is a session id or a thematic discussion id.",
    tag: "Sessions",
    access: "read",
    params: IdParams,
    success: {
      status: 200,
      description: "Findings per thematic discussion.",
      contentType: "application/json",
      schema: z.object({
        sessionId: z.string(),
        discussions: z.array(
          z.object({ discussionId: z.string(), findings: z.array(Decision18_1Finding), counts: Counts }),
        ),
      }),
    },
    problems: [404],
    conditional: "etag",
  }),
  listBodySessions: operation({
    summary: "The sessions of a body, with their schedule histories",
    tag: "Bodies",
    access: "read",
    params: IdParams,
    success: {
      status: 200,
      description: "Sessions by number.",
      contentType: "application/json",
      schema: z.object({ items: z.array(storedSchema("session")) }),
    },
    problems: [],
    conditional: "etag",
    keptByGeneration: true,
  }),
  getInstrumentParties: operation({
    summary: "How many parties an instrument had as of a date",
    tag: "Instruments",
    access: "read",
    params: IdParams,
    query: z.object({
      asOf: PartialDate.check(z.describe("The date (YYYY, YYYY-MM or YYYY-MM-DD).")),
      measure: z.optional(PartiesMeasure),
    }),
    success: {
      status: 200,
      description: "The latest count at or before the date, or why there is none.",
      contentType: "application/json",
      schema: z.object({
        instrumentId: z.string(),
        asOf: z.string(),
        found: z.boolean(),
        count: z.looseObject({}).optional().describe("core's Quantity: value with its qualifier."),
        countedAsOf: z.string().optional(),
        measure: z.optional(PartiesMeasure),
        mayPostdate: z.boolean().optional(),
        provenance: z.array(z.looseObject({})).optional(),
        reason: z.enum(["no-counts", "other-measure", "none-before"]).optional(),
        message: z.string().optional(),
      }),
    },
    problems: [404],
    conditional: "etag",
  }),
  listCountries: operation({
    summary: "Countries (ISO 3166 alpha-3) with their UN M49 codes",
    tag: "Countries",
    access: "read",
    query: z.object({ region: z.optional(M49Region).describe("Only the countries of this M49 region.") }),
    success: {
      status: 200,
      description: "Countries by code.",
      contentType: "application/json",
      schema: z.object({ items: z.array(z.object({ code: Country, name: z.string(), m49: z.string() })) }),
    },
    problems: [],
    conditional: "etag",
  }),
  getReportsDue: operation({
    summary: "Reports due at a session, deferrals applied",
    description:
      "The reports due at session N of a body, then those that were due there and were deferred to a later session (as `remit due`).",
    tag: "Reports",
    access: "read",
    query: z.object({
      body: z
        .string()
        .trim()
        .min(1)
        .transform((text) => text.toLowerCase())
        .describe("The body's id (ccpcj, ga, ecosoc)."),
      session: z.coerce.number().int().min(1).describe("The session's number."),
    }),
    success: {
      status: 200,
      description: "The reports.",
      contentType: "application/json",
      schema: z.object({ bodyId: z.string(), sessionNumber: z.number().int(), reports: z.array(DueReportSchema) }),
    },
    problems: [],
    conditional: "etag",
    keptByGeneration: true,
  }),
  getAggregates: operation({
    summary: "Observations aggregated by indicator, period bucket and group",
    description:
      "Qualifiers survive the arithmetic (655 + more than 130 = more than 785), counts of countries are distinct counts, and every cell counts its observations and activities; with sources=true it also lists them and its provenance (ask for it with a small scope: the lists grow with the data). With mandate, country, region, topic, kind, from or to, only the figures of that period about the activities those criteria match are counted (a mandate's figures of a year, without listing its activities).",
    tag: "Observations",
    access: "read",
    query: z.object({
      indicator: z.string().optional().describe("Comma-separated indicator ids; every indicator when absent."),
      bucket: z._default(PeriodBucketSize, "year"),
      by: z.enum(["country", "region", "topic", "kind"]).optional(),
      regions: z.string().optional().describe("Comma-separated M49 regions, with by=region."),
      sources: booleanFlag.describe("List each cell's observations, activities and provenance."),
      ...AggregateScopeQuery.shape,
    }),
    success: {
      status: 200,
      description: "The cells, the observations left out and why, and overlaps.",
      contentType: "application/json",
      schema: AggregateResultSchema,
    },
    problems: [],
    conditional: "etag",
    keptByGeneration: true,
  }),
  countActivities: operation({
    summary: "Activities counted by topic, kind, assisted country or region",
    description:
      'How many of the activities the criteria match have each topic, kind, assisted country (named ones) or M49 region, counted by the store; with from/to, the activities whose period overlaps it. Activities that give only a number of countries ("from 64 countries") are counted in countriesCounted, never placed in countries.',
    tag: "Activities",
    access: "read",
    query: z.object({
      by: ActivityCountFacet,
      ...AggregateScopeQuery.shape,
    }),
    success: {
      status: 200,
      description: "The counts, most activities first.",
      contentType: "application/json",
      schema: ActivityCounts,
    },
    problems: [],
    conditional: "etag",
    keptByGeneration: true,
  }),
  getLanguageCompleteness: operation({
    summary: "Which texts lack which of the six official languages",
    description:
      "Per language: whether the report has templates in it, and how many of the stored records' texts (titles, asks, names, narratives) exist in it, with every missing one named by record and field.",
    tag: "Languages",
    access: "read",
    success: {
      status: 200,
      description: "One row per official language, in UN order.",
      contentType: "application/json",
      schema: z.object({
        languages: z.array(
          z.object({
            language: Language,
            reportTemplates: z
              .boolean()
              .describe("Whether a stored mandate's report can be written in this language without a fallback."),
            catalogsMissing: z.array(z.string()).describe("Message catalogs with no messages in this language."),
            recordTexts: z.object({ total: z.number().int(), present: z.number().int() }),
            missing: z.array(
              z.object({
                kind: z.string(),
                id: z.string(),
                field: z.string().describe('The field path in the record: "title", "provisions.0.ask".'),
                languages: z.array(Language).describe("The languages the text has."),
              }),
            ),
          }),
        ),
      }),
    },
    problems: [],
    conditional: "etag",
    keptByGeneration: true,
  }),
  explainSymbol: operation({
    summary: "Parse a document symbol or citation",
    description:
      "A UN document symbol (A%2FRES%2F74%2F173) or citation (CCPCJ%20resolution%2022%2F8), URL-encoded, explained in one of the six official languages (`lang`, the organs named as the UN names them in it). An invalid one is answered 422 with where and what is wrong, in that language.",
    tag: "Symbols",
    access: "read",
    params: z.object({ text: z.string().min(1) }),
    query: z.object({
      lang: z
        ._default(Language, "en")
        .describe("The language of the meanings, the citation and the refusal: ar, zh, en, fr, ru or es."),
    }),
    success: {
      status: 200,
      description: "The parsed symbol or citation.",
      contentType: "application/json",
      schema: z.object({
        input: z.string(),
        ok: z.literal(true),
        symbol: z.string().optional().describe("The symbol in its canonical form, when there is one."),
        citation: z
          .string()
          .optional()
          .describe("The citation in words, in the language asked for, when there is one."),
        note: z
          .string()
          .optional()
          .describe("Why a citation has no symbol (e.g. a decision issued before symbols were given)."),
        parts: z
          .array(z.object({ part: z.string(), text: z.string(), meaning: z.string() }))
          .describe(
            "Each part of the symbol or citation and what it means (in the language asked for), in reading order.",
          ),
      }),
    },
    problems: [422],
    conditional: "etag",
  }),
  getReport: operation({
    summary: "The Secretary-General's report on a mandate for a period",
    description:
      "Computed from the records (every figure with its sources), as JSON, Markdown, HTML or DOCX. The mandate may be an id, a symbol or a citation, URL-encoded. A mandate the server knows no report outline for is a 404 (NoReportContent).",
    tag: "Reports",
    access: "read",
    params: z.object({ mandate: z.string().min(1) }),
    query: z.object({
      period: z.string().min(1).describe("2020, 2020-06, or START/END."),
      lang: z._default(Language, "en"),
      format: z.enum(REPORT_RESPONSE_FORMATS).default("json"),
      obligation: z.string().optional().describe("Which report, when the mandate asks for several."),
    }),
    success: {
      status: 200,
      description: "The report.",
      contentType: "application/json",
      schema: Report,
      alternatives: REPORT_FORMATS.map((format) => FORMAT_FILES[format].mediaType),
    },
    problems: [404, 422],
    conditional: "etag",
  }),
  getExport: operation({
    summary: "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar",
    description:
      "Streamed page by page with backpressure, in constant memory. The activity filters of GET /activities select activities.",
    tag: "Exports",
    access: "read",
    params: z.object({ format: z.enum(EXPORT_FORMATS) }),
    query: ActivityListQuery.omit({ sort: true, limit: true, cursor: true }).extend({
      entity: z.enum(ENTITY_KINDS).optional().describe("Export this kind only."),
      bom: booleanFlag.describe("Start a CSV with a byte order mark, for Excel."),
    }),
    success: {
      status: 200,
      description: "The file, streamed.",
      contentType: "application/octet-stream",
      alternatives: EXPORT_FORMATS.map((format) => FORMAT_FILES[format].mediaType),
    },
    problems: [404, 422],
  }),
  postImport: operation({
    summary: "Import JSON Lines or CSV records, all or nothing",
    description:
      "One transaction: with any invalid record nothing is written and every problem is listed with its line and field path (422), unless skipInvalid=true. Importing the same records again changes nothing.",
    tag: "Imports",
    access: "write",
    query: z.object({
      kind: z
        .enum(ENTITY_KINDS)
        .optional()
        .describe("The kind of every record (CSV needs it; JSON Lines may carry {kind, record} lines instead)."),
      skipInvalid: booleanFlag.describe("Write the valid records and list the invalid ones."),
    }),
    body: {
      description: "JSON Lines (one record a line) or CSV (one of core's layouts).",
      contentTypes: ["application/x-ndjson", "text/csv"],
    },
    success: {
      status: 200,
      description: "What was imported.",
      contentType: "application/json",
      schema: ImportReportSchema,
    },
    problems: [413, 415, 422],
  }),
  listTokens: operation({
    summary: "The access tokens, revoked ones included",
    tag: "Tokens",
    access: "admin",
    success: {
      status: 200,
      description: "Tokens, oldest first.",
      contentType: "application/json",
      schema: z.object({ items: z.array(AccessTokenView) }),
    },
    problems: [],
  }),
  createToken: operation({
    summary: "Issue an access token",
    description: "The secret is in this response only; the store keeps its SHA-256.",
    tag: "Tokens",
    access: "admin",
    body: {
      description: "Its name and role.",
      contentTypes: ["application/json"],
      schema: z.object({ name: z.string().trim().min(1).max(100), role: AccessRoleSchema }),
    },
    success: {
      status: 201,
      description: "The token and its secret, shown once.",
      contentType: "application/json",
      schema: z.object({
        token: AccessTokenView,
        secret: z.string().describe("Send it as Authorization: Bearer SECRET."),
      }),
    },
    problems: [409, 422],
  }),
  revokeToken: operation({
    summary: "Revoke an access token",
    tag: "Tokens",
    access: "admin",
    params: z.object({ id: z.string().min(1).describe("The token's id or name.") }),
    success: {
      status: 200,
      description: "The revoked token.",
      contentType: "application/json",
      schema: AccessTokenView,
    },
    problems: [404],
  }),
};
