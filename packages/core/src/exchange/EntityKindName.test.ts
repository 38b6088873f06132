import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../store/EntityKind";
import { isEntityKind } from "./RecordEnvelope";

describe("a kind named on a command line or in a file", () => {
  it("is a kind of record when a store keeps that kind", () => {
    for (const kind of ENTITY_KINDS) expect(isEntityKind(kind)).toBe(true);
  });

  it("is not one when misspelt, in another case, or not a string", () => {
    expect(isEntityKind("activities")).toBe(false);
    expect(isEntityKind("Mandate")).toBe(false);
    expect(isEntityKind(undefined)).toBe(false);
  });
});
