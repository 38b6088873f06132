import { ENTITY_KINDS, ENTITY_SCHEMAS, LocalizedText, type EntityKind } from "@remit/core";
import * as z from "zod";

/** A JSON Schema document (draft 2020-12) as a plain JSON object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The dialect every generated schema declares in `$schema`. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** What each kind of record is, for the schema's `title` and `description`. */
export const ENTITY_DESCRIPTIONS: Readonly<
  Record<EntityKind, { readonly title: string; readonly description: string }>
> = {
  body: {
    title: "Body",
    description:
      "A UN body that mandates, meets, reports or is asked to act (General Assembly, ECOSOC, CCPCJ, UNODC, …).",
  },
  session: {
    title: "Session",
    description: "A session or meeting of a body, with its current schedule and every reschedule.",
  },
  thematicDiscussion: {
    title: "ThematicDiscussion",
    description:
      "A session's thematic discussion: sub-topics, discussion guide, question groups, panel and speakers' list.",
  },
  mandate: {
    title: "Mandate",
    description: "A resolution, decision or declaration: its operative asks, requested reports and lineage.",
  },
  instrument: {
    title: "LegalInstrument",
    description: "A convention, protocol or similar instrument, with dated counts of parties.",
  },
  activity: {
    title: "Activity",
    description:
      "A technical-assistance activity: kind, topics, countries and regions, period, delivery, partners, audiences, mandates.",
  },
  indicator: {
    title: "Indicator",
    description: "What a figure measures: name, unit and how its observations combine.",
  },
  observation: {
    title: "Observation",
    description: "One qualified figure of an indicator, with its scope and provenance.",
  },
};

const NOTE =
  "Generated from @remit/core's zod schema (z.toJSONSchema, draft 2020-12, input side). It checks structure, types, " +
  "closed vocabularies, patterns and that a localized text has at least one language; rules that relate fields to each " +
  "other (no duplicate topic, a period that does not end before it starts, a schedule history whose steps join up, a " +
  "valid document symbol) are checked by @remit/core only.";

/**
 * Refinements zod cannot translate are dropped from the JSON Schema. The one that matters
 * everywhere, "a localized text has at least one language", is a plain JSON Schema keyword,
 * so it is put back.
 */
function restoreRefinements(context: {
  readonly zodSchema: unknown;
  readonly jsonSchema: Record<string, unknown>;
}): void {
  if (context.zodSchema === LocalizedText) context.jsonSchema.minProperties = 1;
}

const cache = new Map<EntityKind, JsonSchema>();

/**
 * The JSON Schema (draft 2020-12) of one kind of record, generated from core's zod schema
 * with zod 4's `z.toJSONSchema` on the input side (`io: "input"`: what a file may hold
 * before core normalises it, e.g. "General Assembly decision 74/567" as well as
 * "GA decision 74/567"). Refinements cannot be expressed in JSON Schema and are left to
 * core (except "at least one language", which is restored); see each schema's `$comment`. The result is computed once per kind.
 * @example
 * import Ajv2020 from "ajv/dist/2020";
 * const valid = new Ajv2020().compile(entityJsonSchema("activity"));
 */
export function entityJsonSchema(kind: EntityKind): JsonSchema {
  const known = cache.get(kind);
  if (known !== undefined) return known;
  const generated = z.toJSONSchema(ENTITY_SCHEMAS[kind], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    override: restoreRefinements,
  });
  // zod writes the same dialect; ours comes first so that every file opens with it.
  const schema: JsonSchema = {
    $schema: JSON_SCHEMA_DIALECT,
    ...ENTITY_DESCRIPTIONS[kind],
    $comment: NOTE,
    ...generated,
  };
  cache.set(kind, schema);
  return schema;
}

/** The JSON Schema of every kind of record, in store order. */
export function entityJsonSchemas(): Readonly<Record<EntityKind, JsonSchema>> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityJsonSchema(kind)])) as Record<
    EntityKind,
    JsonSchema
  >;
}

/** One schema file as the package publishes it: `schemas/<kind>.schema.json`. */
export interface JsonSchemaFile {
  readonly kind: EntityKind;
  /** The path inside the package, e.g. "schemas/activity.schema.json". */
  readonly path: string;
  /** The file's text: the schema as indented JSON, ending with a newline. */
  readonly text: string;
}

/**
 * The schema files the package publishes under `schemas/`, one per kind. The build writes
 * them (scripts/write-json-schemas.mjs); `@remit/export/schemas/activity.schema.json` is
 * then a file a validator in any language can load.
 */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return ENTITY_KINDS.map((kind) => ({
    kind,
    path: `schemas/${kind}.schema.json`,
    text: `${JSON.stringify(entityJsonSchema(kind), null, 2)}\n`,
  }));
}
