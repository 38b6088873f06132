import { describe, expect, it } from "vitest";
import type { Observation } from "./Observation";
import { ObservationFilter, matchesObservationFilter } from "./ObservationFilter";

function observation(
  id: string,
  indicatorId: string,
  named: string[],
  period: Observation["scope"]["period"],
): Observation {
  return {
    id,
    indicatorId,
    value: { value: 655, qualifier: "exact" },
    scope: { period, countries: { named }, regions: { m49: [], named: [] }, disaggregation: [] },
    activityIds: [],
    provenance: [],
  };
}

// "2,440 practitioners from 64 countries" (¶17, no country named) and "655 practitioners" from
// five named countries (¶27).
const trained2440 = observation("obs-17", "practitioners-trained", [], { start: "2020" });
const trained655 = observation("obs-27", "practitioners-trained", ["SLV", "GTM", "HND", "BLZ", "PAN"], {
  start: "2020-06",
  end: "2020-12",
});

describe("which observations a filter asks for", () => {
  it("an indicator asks for its figures", () => {
    expect(matchesObservationFilter(trained2440, { indicatorId: "practitioners-trained" })).toBe(true);
    expect(matchesObservationFilter(trained2440, { indicatorId: "views" })).toBe(false);
  });

  it("a country asks for figures that name it; counted-only countries name none", () => {
    expect(matchesObservationFilter(trained655, { country: "SLV" })).toBe(true);
    expect(matchesObservationFilter(trained2440, { country: "SLV" })).toBe(false);
  });

  it("a period asks for figures over a period that shares a day with it", () => {
    expect(matchesObservationFilter(trained655, { period: { start: "2020-12-31" } })).toBe(true);
    expect(matchesObservationFilter(trained655, { period: { start: "2021" } })).toBe(false);
  });

  it("the schema takes country codes as ISO alpha-3, in capitals", () => {
    expect(ObservationFilter.safeParse({ country: "SLV" }).success).toBe(true);
    expect(ObservationFilter.safeParse({ country: "XXX" }).success).toBe(false);
  });
});
