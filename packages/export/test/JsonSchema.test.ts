import { ENTITY_KINDS, type EntityKind } from "@remit/core";
import {
  arbitraryActivity,
  arbitraryBody,
  arbitraryIndicator,
  arbitraryLegalInstrument,
  arbitraryMandate,
  arbitraryObservation,
  arbitrarySession,
  arbitraryThematicDiscussion,
} from "@remit/core/testing";
import { loadDataset, recordsOf } from "@remit/dataset";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityJsonSchema, jsonSchemaFiles, JSON_SCHEMA_DIALECT } from "../src/json-schema";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map(ENTITY_KINDS.map((kind) => [kind, ajv.compile(entityJsonSchema(kind))]));

function validate(kind: EntityKind, record: unknown): string[] {
  const check = validators.get(kind);
  if (check === undefined) throw new Error(`no validator for ${kind}`);
  return check(record) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

const ARBITRARIES: Readonly<Record<EntityKind, fc.Arbitrary<unknown>>> = {
  body: arbitraryBody,
  session: arbitrarySession,
  thematicDiscussion: arbitraryThematicDiscussion,
  mandate: arbitraryMandate,
  instrument: arbitraryLegalInstrument,
  activity: arbitraryActivity,
  indicator: arbitraryIndicator,
  observation: arbitraryObservation,
};

describe("JSON Schemas generated from core's zod schemas", () => {
  it.each(ENTITY_KINDS)("accept every %s record of the dataset (ajv, draft 2020-12)", (kind) => {
    const records = recordsOf(dataset(), kind);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(validate(kind, record), JSON.stringify(record).slice(0, 120)).toEqual([]);
  });

  it.each(ENTITY_KINDS)("accept arbitrary valid %s records", (kind) => {
    fc.assert(
      fc.property(ARBITRARIES[kind], (record) => {
        expect(validate(kind, record)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("reject a field the schema does not have, a word outside a closed vocabulary and a malformed id", () => {
    const activity = dataset().activities[0];
    expect(validate("activity", { ...activity, budget: 1000 }).join()).toContain("must NOT have additional properties");
    expect(validate("activity", { ...activity, kind: "lecture" }).join()).toContain(
      "/kind must be equal to one of the allowed values",
    );
    expect(validate("activity", { ...activity, id: "Not A Slug" }).join()).toContain("/id must match pattern");
    expect(validate("activity", { ...activity, title: {} }).length).toBeGreaterThan(0);
  });

  it("declare draft 2020-12 with a title and a note on what only core checks", () => {
    for (const kind of ENTITY_KINDS) {
      const schema = entityJsonSchema(kind);
      expect(Object.keys(schema)[0]).toBe("$schema");
      expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT);
      expect(typeof schema.title).toBe("string");
      expect(schema.$comment).toMatch(/checked by @remit\/core only/);
    }
  });
});

describe("published schema files", () => {
  it("are one file per kind under schemas/, holding the generated schema", () => {
    const files = jsonSchemaFiles();
    expect(files.map((file) => file.path)).toEqual(ENTITY_KINDS.map((kind) => `schemas/${kind}.schema.json`));
    for (const file of files) {
      expect(JSON.parse(file.text)).toEqual(entityJsonSchema(file.kind));
      expect(file.text.endsWith("}\n")).toBe(true);
    }
  });
});
