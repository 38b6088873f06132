import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ROMAN_NUMERAL, formatRomanNumeral, readRomanNumeral } from "./RomanNumeral";

describe("Roman numerals, as sessions are numbered in early resolutions", () => {
  it("reads back every number it writes, 1 to 3999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ROMAN_NUMERAL }), (value) => {
        expect(readRomanNumeral(formatRomanNumeral(value))).toBe(value);
      }),
    );
  });

  it("writes the sessions of real resolutions: LXI, XXX, V, XLIV", () => {
    expect([61, 30, 5, 44].map(formatRomanNumeral)).toEqual(["LXI", "XXX", "V", "XLIV"]);
  });

  it("reads only the usual form, in capitals", () => {
    for (const text of ["IIII", "VX", "IL", "XXXX", "lxi", "", "MMMM", "LXI "])
      expect(readRomanNumeral(text)).toBe(undefined);
  });
});
