/**
 * `@remit/export/json-schema`: JSON Schema (draft 2020-12) for every kind of Remit record,
 * generated from `@remit/core`'s zod schemas, and the files the package publishes under
 * `schemas/<kind>.schema.json`.
 * @module
 */
export {
  entityJsonSchema,
  entityJsonSchemas,
  jsonSchemaFiles,
  ENTITY_DESCRIPTIONS,
  JSON_SCHEMA_DIALECT,
  type JsonSchema,
  type JsonSchemaFile,
} from "./EntityJsonSchema";
