import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryCountry } from "../testing/arbitraries/geo";
import { Country, countryCodes, countryM49Code, countryName, isCountry } from "./Country";

describe("Country", () => {
  it("the countries of the 2021 report's case statistics are M49 countries", () => {
    expect(["SLV", "HND", "BLZ", "BFA"].map((code) => Country.parse(code))).toEqual(["SLV", "HND", "BLZ", "BFA"]);
    expect(countryName("SLV")).toBe("El Salvador");
    expect(countryName("BFA")).toBe("Burkina Faso");
    expect(countryM49Code("BLZ")).toBe("084");
  });

  it("a lower-case code is rejected with the upper-case spelling to use", () => {
    const issues = Country.safeParse("slv").error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('"slv" is not upper-case: write "SLV" (ISO 3166-1 alpha-3 codes are capitals)');
  });

  it("a code unknown to M49 is named in the message", () => {
    expect(Country.safeParse("XKX").error?.issues[0]?.message).toBe(
      '"XKX" is not an ISO 3166-1 alpha-3 code known to UN M49',
    );
  });

  it("two-letter codes and M49 numbers are not alpha-3 codes", () => {
    expect(Country.safeParse("SV").error?.issues[0]?.message).toContain(
      '"SV" is not an ISO 3166-1 alpha-3 code known to UN M49',
    );
    expect(isCountry("222")).toBe(false);
  });

  it("countryName knows nothing of unknown codes", () => {
    expect(countryName("XKX")).toBeUndefined();
    expect(countryName("slv")).toBeUndefined();
  });

  it("the country list is the M49 list: sorted, unique, every one valid", () => {
    const codes = countryCodes();
    expect(codes.length).toBeGreaterThan(200);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isCountry)).toBe(true);
  });

  it("every generated country is valid and named", () => {
    fc.assert(
      fc.property(arbitraryCountry, (code) => {
        expect(Country.safeParse(code).success).toBe(true);
        expect(countryName(code)).toBeTypeOf("string");
      }),
    );
  });
});
