import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPercentages } from "./PercentageSplit";

function hundredths(share: string): number {
  return Math.round(Number(share) * 100);
}

describe("a split of 100 % the sources do not give", () => {
  it("shares three ways evenly, the odd hundredth to the first", () => {
    expect(splitPercentages([1, 1, 1])).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("follows the weights: three topics on one sector and one on another are 75 and 25", () => {
    expect(splitPercentages([3, 1])).toEqual(["75", "25"]);
  });

  it("gives one recipient all of it", () => {
    expect(splitPercentages([1])).toEqual(["100"]);
  });

  it("writes eighths without trailing zeros", () => {
    expect(splitPercentages(Array.from({ length: 8 }, () => 1))).toEqual(Array.from({ length: 8 }, () => "12.5"));
  });

  it("always sums to exactly 100.00, each share within a hundredth of its exact value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 200 }), (weights) => {
        const shares = splitPercentages(weights);
        expect(shares.map(hundredths).reduce((a, b) => a + b, 0)).toBe(10_000);
        const total = weights.reduce((a, b) => a + b, 0);
        shares.forEach((share, index) => {
          expect(share).toMatch(/^\d{1,3}(\.\d{1,2})?$/);
          expect(Math.abs(hundredths(share) - ((weights[index] ?? 0) * 10_000) / total)).toBeLessThan(1);
        });
      }),
    );
  });

  it("refuses a weight that is not a positive whole number", () => {
    expect(() => splitPercentages([1, 0])).toThrow(RangeError);
  });
});
