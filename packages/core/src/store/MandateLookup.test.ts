import { describe, expect, it } from "vitest";
import type { Mandate } from "../mandate/Mandate";
import { findMandateIn, mandateLookupKey, readMandateName } from "./MandateLookup";

function mandate(id: string, symbol?: string): Mandate {
  return {
    id,
    kind: symbol === undefined ? "declaration" : "resolution",
    ...(symbol === undefined ? {} : { symbol, adoptingBodyId: "ga" }),
    provisions: [],
    reportingObligations: [],
    lineage: [],
    provenance: [],
  };
}

const mandates = [
  mandate("a-res-74-173", "A/RES/74/173"),
  mandate("ccpcj-res-22-8", "CCPCJ resolution 22/8"),
  mandate("ga-decision-74-567", "GA decision 74/567"),
  mandate("salvador-declaration"),
];

describe("naming a mandate", () => {
  it("a symbol and its citations share one lookup key", () => {
    expect(mandateLookupKey({ symbol: "A/RES/74/173" })).toBe("A/RES/74/173");
    const name = readMandateName("大会第74/173号决议");
    expect(name.ok && name.value.key).toBe("A/RES/74/173");
  });

  it("a mandate without a symbol has no key: it is found by id only", () => {
    expect(mandateLookupKey({})).toBeUndefined();
    expect(findMandateIn(mandates, "salvador-declaration")?.id).toBe("salvador-declaration");
  });

  it("finds by id first, then by symbol or citation in any form", () => {
    expect(findMandateIn(mandates, "a-res-74-173")?.id).toBe("a-res-74-173");
    expect(findMandateIn(mandates, "General Assembly resolution 74/173")?.id).toBe("a-res-74-173");
    expect(findMandateIn(mandates, "Ａ／ＲＥＳ／74/173")?.id).toBe("a-res-74-173");
    expect(findMandateIn(mandates, "Commission on Crime Prevention and Criminal Justice resolution 22/8")?.id).toBe(
      "ccpcj-res-22-8",
    );
    expect(findMandateIn(mandates, "General Assembly decision 74/567")?.id).toBe("ga-decision-74-567");
  });

  it("finds nothing for an unknown symbol or a text that names no mandate", () => {
    expect(findMandateIn(mandates, "A/RES/70/999")).toBeUndefined();
    expect(findMandateIn(mandates, "A/624/123")).toBeUndefined();
  });

  it("says why a text names no mandate: both parsers' reasons and what to write", () => {
    const name = readMandateName("A/624/123");
    expect(name.ok).toBe(false);
    if (name.ok) return;
    expect(name.error).toMatchObject({ _tag: "NotFound", kind: "mandate", id: "A/624/123" });
    expect(name.error.message).toContain("names no mandate");
    expect(name.error.message).toContain('"A/RES/74/173"');
  });

  it("of two mandates with one symbol, the first by id is found", () => {
    const twins = [mandate("m-1", "A/RES/74/173"), mandate("m-2", "A/RES/74/173")];
    expect(findMandateIn(twins, "A/RES/74/173")?.id).toBe("m-1");
  });
});
