import { ENTITY_KINDS, ENTITY_SCHEMAS, LocalizedText, type EntityKind } from "@remit/core";
import * as z from "zod";
import type { OperationSpec } from "./Operation";
import { OPERATIONS } from "./Operations";
import { ROUTES, type OperationId } from "./Routes";
import { ProblemSchema, storedSchema } from "./Schemas";
import { TAGS } from "./Tags";

/** A JSON object of the OpenAPI document. */
export type JsonObject = { [key: string]: unknown };

/** The names records take in the document, after core's schemas. */
const ENTITY_NAMES: Readonly<Record<EntityKind, string>> = {
  body: "Body",
  session: "Session",
  thematicDiscussion: "ThematicDiscussion",
  mandate: "Mandate",
  instrument: "LegalInstrument",
  activity: "Activity",
  indicator: "Indicator",
  observation: "Observation",
};

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "The request is malformed: a parameter, a header or the body's JSON.",
  401: "No valid bearer token, and the operation needs one.",
  403: "The token's role does not allow this operation.",
  404: "No such record.",
  406: "None of the accepted media types can be produced.",
  409: "In conflict with what is stored.",
  412: "If-Match names a revision that is no longer current: nothing was written.",
  413: "The body is larger than the API accepts.",
  415: "The body's media type is not one this operation reads.",
  422: "The body or a parameter is well-formed but invalid: every problem is listed with where it is.",
  428: "This write needs If-Match (or If-None-Match: * to create).",
  500: "Something failed inside the API.",
  503: "The store is unreachable.",
};

function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function withoutMeta(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Every schema the document names, output side (responses) and input side (request bodies). */
function registries() {
  const output = z.registry<{ id: string }>();
  const input = z.registry<{ id: string }>();
  output.add(LocalizedText, { id: "LocalizedText" });
  input.add(LocalizedText, { id: "LocalizedTextInput" });
  output.add(ProblemSchema, { id: "Problem" });
  for (const kind of ENTITY_KINDS) {
    output.add(ENTITY_SCHEMAS[kind], { id: ENTITY_NAMES[kind] });
    input.add(ENTITY_SCHEMAS[kind], { id: `${ENTITY_NAMES[kind]}Input` });
    output.add(storedSchema(kind), { id: `Stored${ENTITY_NAMES[kind]}` });
  }
  const names = new Map<z.core.$ZodType, string>();
  for (const [id, spec] of Object.entries(OPERATIONS) as [OperationId, OperationSpec][]) {
    const success = spec.success.schema;
    if (success !== undefined && !output.has(success)) output.add(success, { id: `${pascal(id)}Response` });
    if (success !== undefined) names.set(success, output.get(success)?.id ?? "");
    const body = spec.body?.schema;
    if (body !== undefined && !input.has(body)) input.add(body, { id: `${pascal(id)}Body` });
    if (body !== undefined) names.set(body, input.get(body)?.id ?? "");
  }
  return { output, input, names };
}

function componentsOf(registry: z.core.$ZodRegistry<{ id: string }>, io: "input" | "output"): JsonObject {
  const generated = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(generated.schemas).map(([name, schema]) => [name, withoutMeta(schema as JsonObject)]),
  );
}

function parametersOf(spec: OperationSpec): JsonObject[] {
  const parameters: JsonObject[] = [];
  for (const [where, object] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (object === undefined) continue;
    for (const [name, schema] of Object.entries(object.shape) as [string, z.core.$ZodType][]) {
      const json = withoutMeta(
        z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
      );
      const { description, ...rest } = json;
      parameters.push({
        name,
        in: where,
        required: where === "path" || !z.safeParse(schema, undefined).success,
        ...(typeof description === "string" ? { description } : {}),
        schema: rest,
      });
    }
  }
  const header = (name: string, description: string) => ({
    name,
    in: "header",
    required: false,
    description,
    schema: { type: "string" },
  });
  if (spec.conditional === "etag")
    parameters.push(
      header("If-None-Match", "The ETag of the copy you hold: 304 Not Modified when it is still current."),
    );
  if (spec.conditional === "if-match") {
    parameters.push(
      header("If-Match", 'The revision you read, as its ETag ("3"): the write fails with 412 if it is stale.'),
    );
    if (spec.success.status !== 204)
      parameters.push(header("If-None-Match", "`*` to create a record that must not exist yet."));
  }
  return parameters;
}

function problemResponse(status: number): JsonObject {
  return {
    description: STATUS_TEXT[status] ?? "An error.",
    content: { "application/problem+json": { schema: ref("Problem") } },
  };
}

function responsesOf(spec: OperationSpec, names: ReadonlyMap<z.core.$ZodType, string>): JsonObject {
  const { success } = spec;
  const headers = Object.fromEntries(
    Object.entries(success.headers ?? {}).map(([name, description]) => [
      name,
      { description, schema: { type: "string" } },
    ]),
  );
  const content: JsonObject = {};
  if (success.contentType !== undefined) {
    const schema =
      success.schema === undefined ? { type: "string", format: "binary" } : ref(names.get(success.schema) ?? "");
    content[success.contentType] = { schema };
    for (const alternative of success.alternatives ?? [])
      content[alternative] = { schema: { type: "string", format: "binary" } };
  }
  const responses: JsonObject = {
    [success.status]: {
      description: success.description,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(Object.keys(content).length > 0 ? { content } : {}),
    },
  };
  if (spec.conditional === "etag")
    responses[304] = { description: "Not modified: the copy named by If-None-Match is current." };
  const statuses = new Set<number>([400, 500, ...spec.problems]);
  if (spec.access !== "open") {
    statuses.add(401);
    statuses.add(403);
  }
  if (spec.access !== "open") statuses.add(503);
  for (const status of [...statuses].sort()) responses[status] = problemResponse(status);
  return responses;
}

function securityOf(spec: OperationSpec): JsonObject[] {
  if (spec.access === "open") return [];
  // Reads may be public by a setting: the document says a token is optional for them.
  if (spec.access === "read") return [{ bearer: [] }, {}];
  return [{ bearer: [] }];
}

/** What the document says about the API itself. */
export interface OpenApiInfo {
  readonly version: string;
  /** Server URLs to list (default: "/", the server that serves the document, wherever it listens). */
  readonly servers?: readonly string[];
}

/**
 * The OpenAPI 3.1 document of the API, generated from the contract: core's zod schemas for
 * records (output side for responses, input side for request bodies), the API's own for
 * envelopes and answers, zod 4's `toJSONSchema` for both. Computed on each call; the server
 * computes it once.
 * @example const document = openApiDocument({ version: "0.1.0" }); document.paths["/activities"].get.operationId // "listActivities"
 */
export function openApiDocument(info: OpenApiInfo): JsonObject {
  const { output, input, names } = registries();
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const [id, spec] of Object.entries(OPERATIONS) as [OperationId, OperationSpec][]) {
    const route = ROUTES[id];
    const item = (paths[route.path] ??= {});
    const body = spec.body;
    item[route.method] = {
      operationId: id,
      summary: spec.summary,
      ...(spec.description === undefined ? {} : { description: spec.description }),
      tags: [spec.tag],
      security: securityOf(spec),
      parameters: parametersOf(spec),
      ...(body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              description: body.description,
              content: Object.fromEntries(
                body.contentTypes.map((type, index) => [
                  type,
                  {
                    schema:
                      index === 0 && body.schema !== undefined
                        ? ref(names.get(body.schema) ?? "")
                        : body.schema === undefined
                          ? { type: "string" }
                          : ref(names.get(body.schema) ?? ""),
                  },
                ]),
              ),
            },
          }),
      responses: responsesOf(spec, names),
    };
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Remit HTTP API",
      version: info.version,
      summary: "UN crime-prevention work from mandate to report: sessions, mandates, activities, metrics and reports.",
      description:
        "Every record and query of Remit over JSON. Reads answer ETags (If-None-Match gives 304); writes need " +
        "If-Match with the revision read (412 when stale, 428 when missing). Errors are application/problem+json " +
        "with core's error tag in `_tag`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    servers: (info.servers ?? ["/"]).map((url) => ({ url })),
    tags: TAGS,
    paths,
    components: {
      schemas: { ...componentsOf(output, "output"), ...componentsOf(input, "input") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An access token from `remit token create`." },
      },
    },
  };
}
