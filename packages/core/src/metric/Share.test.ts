import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryShare } from "../testing/arbitraries/metric";
import type { Quantity } from "./Quantity";
import { atLeast, exact, moreThan } from "./Quantity";
import type { Share, ShareOfKnownWhole } from "./Share";
import { Share as ShareSchema, hasKnownWhole, isShare, shareNumerator, sharePercent } from "./Share";
import { poolShares, sumShares } from "./ShareArithmetic";

const cases = (value: number): Quantity => exact(value, { unit: "case" });
const percentOf = (percent: Quantity, denominator: Quantity): ShareOfKnownWhole => ({
  basis: "percent",
  percent,
  denominator,
});
// ¶21: El Salvador, 263 cases in 2018–2020: 40% OCSEA, 32% of women; Belize 2019: 39 cases, 85% OCSEA.
const elSalvadorChildren = percentOf(exact(40), cases(263));
const elSalvadorWomen = percentOf(exact(32), cases(263));
const belizeChildren = percentOf(exact(85), cases(39));
// ¶21: Honduras 2020, 7 of every 10 child victims were girls.
const hondurasGirls: ShareOfKnownWhole = {
  basis: "counted",
  numerator: exact(7, { unit: "person" }),
  denominator: exact(10, { unit: "person" }),
};

describe("Share", () => {
  it("holds '40% of 263 cases' and '7 of 10 child victims' with their wholes", () => {
    expect(ShareSchema.parse(elSalvadorChildren)).toEqual(elSalvadorChildren);
    expect(ShareSchema.parse(hondurasGirls)).toEqual(hondurasGirls);
    expect(isShare(elSalvadorChildren)).toBe(true);
    expect(isShare(cases(263))).toBe(false);
  });

  it("never holds a percentage above 100 or with a unit", () => {
    expect(ShareSchema.safeParse(percentOf(exact(140), cases(263))).success).toBe(false);
    expect(ShareSchema.safeParse(percentOf(exact(40, { unit: "case" }), cases(263))).success).toBe(false);
  });

  it("refuses a part larger than its whole, a whole of zero, and parts of another unit", () => {
    expect(ShareSchema.safeParse({ basis: "counted", numerator: exact(11), denominator: exact(10) }).success).toBe(
      false,
    );
    expect(ShareSchema.safeParse({ basis: "counted", numerator: exact(0), denominator: exact(0) }).success).toBe(false);
    expect(
      ShareSchema.safeParse({ basis: "counted", numerator: exact(7, { unit: "person" }), denominator: cases(10) })
        .success,
    ).toBe(false);
  });

  it("derives the part of a percentage as an approximate count", () => {
    const part = shareNumerator(elSalvadorChildren);
    expect(part.qualifier).toBe("approximately");
    expect(part.value).toBeCloseTo(105.2);
    expect(part.unit).toBe("case");
    expect(shareNumerator(hondurasGirls)).toBe(hondurasGirls.numerator);
  });

  it("derives the percent of two counts, bounds turned the right way", () => {
    expect(sharePercent(hondurasGirls)).toEqual({ value: 70, qualifier: "exact" });
    const overTenOfAtLeast20: Share = { basis: "counted", numerator: moreThan(10), denominator: exact(20) };
    expect(sharePercent(overTenOfAtLeast20)).toEqual({ value: 50, qualifier: "atLeast", strict: true });
    const tenOfAtLeast20: Share = { basis: "counted", numerator: exact(10), denominator: atLeast(20) };
    expect(sharePercent(tenOfAtLeast20)).toEqual({ value: 50, qualifier: "atMost" });
  });
});

describe("sumShares", () => {
  it("adds parts of the same whole and keeps the whole: 40% + 32% of 263 cases", () => {
    const result = sumShares([elSalvadorChildren, elSalvadorWomen]);
    expect(result).toEqual({ ok: true, value: percentOf(exact(72), cases(263)) });
  });

  it("refuses parts of different wholes with a DenominatorMismatch", () => {
    const result = sumShares([elSalvadorChildren, belizeChildren]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error._tag).toBe("DenominatorMismatch");
      expect(result.error.message).toContain("poolShares");
    }
  });

  it("refuses parts adding up to more than the whole", () => {
    const result = sumShares([elSalvadorChildren, elSalvadorChildren, elSalvadorChildren]);
    expect(result.ok ? undefined : result.error._tag).toBe("ShareExceedsWhole");
  });

  it("adds a percentage and a count of the same whole as counts", () => {
    const counted: Share = { basis: "counted", numerator: cases(20), denominator: cases(263) };
    const result = sumShares([elSalvadorChildren, counted]);
    expect(result.ok && result.value.basis).toBe("counted");
    if (result.ok && result.value.basis === "counted") {
      expect(result.value.numerator.value).toBeCloseTo(125.2);
      expect(result.value.numerator.qualifier).toBe("approximately");
      expect(result.value.denominator).toEqual(cases(263));
    }
  });
});

describe("poolShares", () => {
  it("pools shares of different wholes into the share of the combined whole", () => {
    const result = poolShares([elSalvadorChildren, belizeChildren]);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.basis !== "counted") return;
    expect(result.value.denominator).toEqual(cases(302));
    expect(result.value.numerator.value).toBeCloseTo(105.2 + 33.15);
    expect(result.value.numerator.qualifier).toBe("approximately");
  });

  it("pools one share to itself and refuses wholes of different units", () => {
    expect(poolShares([hondurasGirls])).toEqual({ ok: true, value: hondurasGirls });
    const result = poolShares([hondurasGirls, elSalvadorChildren]);
    expect(result.ok ? undefined : result.error._tag).toBe("UnitMismatch");
  });

  it("always gives a valid share whose whole is the sum of the wholes", () => {
    fc.assert(
      fc.property(fc.array(arbitraryShare("case"), { minLength: 1, maxLength: 5 }), (shares) => {
        const result = poolShares(shares as [Share, ...Share[]]);
        if (!result.ok) return false;
        const whole = shares.reduce((total, share) => total + (share.denominator?.value ?? Number.NaN), 0);
        return ShareSchema.safeParse(result.value).success && result.value.denominator?.value === whole;
      }),
    );
  });
});

describe("a percentage whose whole the source does not state", () => {
  // ¶21: "到 2020 年，超过 50%的案件涉及对网上儿童性剥削和性虐待的调查" (El Salvador): no number of cases.
  const overHalfBy2020: Share = { basis: "percent", percent: moreThan(50) };

  it("is held as stated, its percent kept as 'more than 50'", () => {
    expect(ShareSchema.parse(overHalfBy2020)).toEqual(overHalfBy2020);
    expect(hasKnownWhole(overHalfBy2020)).toBe(false);
    expect(hasKnownWhole(elSalvadorChildren)).toBe(true);
    expect(sharePercent(overHalfBy2020)).toEqual(moreThan(50));
  });

  it("has no part that could be counted", () => {
    expect(shareNumerator(overHalfBy2020)).toBeUndefined();
  });

  it("is never added to another share: the whole is unknown", () => {
    const result = sumShares([elSalvadorChildren, overHalfBy2020]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ _tag: "WholeUnknown", percents: [moreThan(50)] });
    expect(result.error.message).toContain("the whole is unknown");
  });

  it("is never pooled with another share, though alone it pools to itself", () => {
    const pooled = poolShares([belizeChildren, overHalfBy2020]);
    expect(pooled.ok ? undefined : pooled.error._tag).toBe("WholeUnknown");
    expect(poolShares([overHalfBy2020])).toEqual({ ok: true, value: overHalfBy2020 });
    expect(sumShares([overHalfBy2020])).toEqual({ ok: true, value: overHalfBy2020 });
  });

  it("still keeps a percent between 0 and 100, unitless", () => {
    expect(ShareSchema.safeParse({ basis: "percent", percent: exact(140) }).success).toBe(false);
    expect(ShareSchema.safeParse({ basis: "percent", percent: exact(40, { unit: "case" }) }).success).toBe(false);
  });
});

describe("a rate: Honduras, 7 of every 10 child victims were girls (¶21)", () => {
  const sevenOfEveryTen: Share = {
    basis: "counted",
    numerator: exact(7, { unit: "person" }),
    denominator: exact(10, { unit: "person" }),
    ratio: true,
  };

  it("keeps the seed's two numbers and its percent, but not as a count of 10 victims", () => {
    expect(ShareSchema.parse(sevenOfEveryTen)).toEqual(sevenOfEveryTen);
    expect(sharePercent(sevenOfEveryTen)).toEqual({ value: 70, qualifier: "exact" });
    expect(hasKnownWhole(sevenOfEveryTen)).toBe(false);
    expect(shareNumerator(sevenOfEveryTen)).toBeUndefined();
  });

  it("is not pooled with counted shares: the number of victims is unknown", () => {
    const pooled = poolShares([hondurasGirls, sevenOfEveryTen]);
    expect(pooled.ok ? undefined : pooled.error).toMatchObject({
      _tag: "WholeUnknown",
      percents: [{ value: 70, qualifier: "exact" }],
    });
  });

  it("a rate is marked only as true, and stays a part of its whole", () => {
    expect(ShareSchema.safeParse({ ...sevenOfEveryTen, ratio: false }).success).toBe(false);
    expect(ShareSchema.safeParse({ ...sevenOfEveryTen, numerator: exact(11, { unit: "person" }) }).success).toBe(false);
  });
});
