import { describe, expect, it } from "vitest";
import { namedRegionsAsObjects } from "./SchemaV5NamedRegions";

describe("migration 5: a named region becomes an object with its name", () => {
  it("wraps 0.1.0's words in `name`, in an activity's regions and an observation's scope", () => {
    const activity = { id: "a", regions: { m49: ["002"], named: [{ en: "the ASEAN region", zh: "东盟区域" }] } };
    expect(namedRegionsAsObjects(activity)).toEqual({
      id: "a",
      regions: { m49: ["002"], named: [{ name: { en: "the ASEAN region", zh: "东盟区域" } }] },
    });
    const observation = { scope: { regions: { m49: [], named: [{ en: "Latin America" }] } } };
    expect(namedRegionsAsObjects(observation)).toEqual({
      scope: { regions: { m49: [], named: [{ name: { en: "Latin America" } }] } },
    });
  });

  it("leaves a record already in the new shape, and countries named by code, unchanged", () => {
    const current = {
      countries: { named: ["BLZ"] },
      regions: { m49: [], named: [{ name: { en: "Latin America" }, m49: "419" }] },
    };
    expect(namedRegionsAsObjects(current)).toBeUndefined();
  });
});
