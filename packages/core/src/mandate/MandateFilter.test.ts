import { describe, expect, it } from "vitest";
import type { Mandate } from "./Mandate";
import { MandateFilter, matchesMandateFilter } from "./MandateFilter";

function mandate(fields: Partial<Mandate> & Pick<Mandate, "id">): Mandate {
  return { kind: "resolution", provisions: [], reportingObligations: [], lineage: [], provenance: [], ...fields };
}

// GA 74/173 (2019), CCPCJ 22/8 (2013) and the Salvador Declaration, whose adopter the sources leave unstated.
const ga74173 = mandate({
  id: "a-res-74-173",
  symbol: "A/RES/74/173",
  adoptingBodyId: "ga",
  adoptedOn: "2019-12-18",
  title: { en: "Promoting technical assistance and capacity-building to combat cybercrime", zh: "打击网络犯罪" },
});
const ccpcj228 = mandate({ id: "ccpcj-res-22-8", symbol: "CCPCJ resolution 22/8", adoptingBodyId: "ccpcj" });
const salvador = mandate({ id: "salvador-declaration", kind: "declaration", title: { en: "Salvador Declaration" } });

describe("which mandates a filter asks for", () => {
  it("an empty filter asks for every mandate", () => {
    for (const each of [ga74173, ccpcj228, salvador]) expect(matchesMandateFilter(each, {})).toBe(true);
  });

  it("a body asks for the mandates that body adopted", () => {
    expect(matchesMandateFilter(ga74173, { bodyId: "ga" })).toBe(true);
    expect(matchesMandateFilter(ccpcj228, { bodyId: "ga" })).toBe(false);
    expect(matchesMandateFilter(salvador, { bodyId: "ga" })).toBe(false);
  });

  it("a period asks for mandates adopted on a date that may fall in it; an undated mandate never does", () => {
    expect(matchesMandateFilter(ga74173, { period: { start: "2019" } })).toBe(true);
    expect(matchesMandateFilter(ga74173, { period: { start: "2015", end: "2019-11" } })).toBe(false);
    expect(matchesMandateFilter(ccpcj228, { period: { start: "0001", end: "9999" } })).toBe(false);
  });

  it("words are looked for in the symbol, the id and the title in any language, ignoring case", () => {
    expect(matchesMandateFilter(ga74173, { text: "CYBERCRIME capacity" })).toBe(true);
    expect(matchesMandateFilter(ga74173, { text: "网络犯罪" })).toBe(true);
    expect(matchesMandateFilter(ccpcj228, { text: "22/8" })).toBe(true);
    expect(matchesMandateFilter(salvador, { text: "salvador-declaration" })).toBe(true);
    expect(matchesMandateFilter(ga74173, { text: "cybercrime kidnapping" })).toBe(false);
  });

  it("the schema refuses a criterion mandates do not have, and an empty text", () => {
    expect(MandateFilter.safeParse({ country: "SLV" }).success).toBe(false);
    expect(MandateFilter.safeParse({ text: "  " }).success).toBe(false);
    expect(MandateFilter.parse({ bodyId: "ccpcj", text: " cybercrime " })).toEqual({
      bodyId: "ccpcj",
      text: "cybercrime",
    });
  });
});
