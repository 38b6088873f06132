import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryCountry, arbitraryM49Region } from "../testing/arbitraries/geo";
import { countryCodes } from "./Country";
import {
  M49Region,
  countriesInRegion,
  isCountryInRegion,
  regionCodes,
  regionName,
  regionsOfCountry,
} from "./M49Region";

describe("M49 regions", () => {
  it("El Salvador lies in Central America, Latin America and the Caribbean, the Americas and the world", () => {
    expect(regionsOfCountry("SLV")).toEqual(["013", "419", "019", "001"]);
    expect(regionsOfCountry("SLV").map(regionName)).toEqual([
      "Central America",
      "Latin America and the Caribbean",
      "Americas",
      "World",
    ]);
  });

  it("Belize and Honduras are in Central America; Burkina Faso is not", () => {
    expect(isCountryInRegion("BLZ", "013")).toBe(true);
    expect(isCountryInRegion("HND", "419")).toBe(true);
    expect(isCountryInRegion("BFA", "013")).toBe(false);
    expect(isCountryInRegion("BFA", "011")).toBe(true);
  });

  it("the countries of Central America, sorted", () => {
    expect(countriesInRegion("013")).toEqual(["BLZ", "CRI", "GTM", "HND", "MEX", "NIC", "PAN", "SLV"]);
  });

  it("the world holds every country", () => {
    expect(countriesInRegion("001")).toEqual(countryCodes());
  });

  it("a country code is not a region, and the message says which country's alpha-3 code to write", () => {
    expect(M49Region.safeParse("222").error?.issues[0]?.message).toBe(
      '"222" is the M49 code of a country or area, not a region: use its alpha-3 code "SLV" as a country',
    );
    expect(countriesInRegion("222")).toEqual([]);
    expect(regionName("222")).toBeUndefined();
  });

  it("unknown and malformed region codes", () => {
    expect(M49Region.safeParse("999").error?.issues[0]?.message).toBe('"999" is not a UN M49 area code');
    expect(M49Region.safeParse("13").error?.issues[0]?.message).toContain("expected three digits");
    expect(regionsOfCountry("XKX")).toEqual([]);
  });

  it("every region code is valid and named", () => {
    expect(regionCodes().every((code) => M49Region.safeParse(code).success && regionName(code) !== undefined)).toBe(
      true,
    );
  });

  it("a country is in each of its regions, and each region lists it", () => {
    fc.assert(
      fc.property(arbitraryCountry, (code) => {
        const regions = regionsOfCountry(code);
        expect(regions.at(-1)).toBe("001");
        for (const region of regions) {
          expect(isCountryInRegion(code, region)).toBe(true);
          expect(countriesInRegion(region)).toContain(code);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("a region's countries are exactly the countries that lie in it", () => {
    fc.assert(
      fc.property(arbitraryM49Region, (region) => {
        const inside = countryCodes().filter((code) => isCountryInRegion(code, region));
        expect(countriesInRegion(region)).toEqual(inside);
      }),
      { numRuns: 30 },
    );
  });
});
