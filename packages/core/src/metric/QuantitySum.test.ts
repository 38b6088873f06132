import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryQuantity } from "../testing/arbitraries/metric";
import type { Quantity } from "./Quantity";
import { approximately, atLeast, atMost, exact, moreThan, nearly } from "./Quantity";
import { sameQuantity, sumQuantities } from "./QuantitySum";

function sum(quantities: Quantity[]): Quantity {
  const result = sumQuantities(quantities);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const person = arbitraryQuantity({ unit: "person" });

describe("sumQuantities", () => {
  it("nearly 2 billion and an upper bound add up to fewer than their total", () => {
    const total = sum([nearly(2_000_000_000), atMost(5)]);
    expect(total).toMatchObject({ value: 2_000_000_005, qualifier: "atMost", strict: true });
    expect(sum([nearly(2_000_000_000), exact(5)])).toMatchObject({ value: 2_000_000_005, qualifier: "nearly" });
  });

  it("exact 655 practitioners + more than 130 officials is more than 785 (¶27, ¶18)", () => {
    expect(sum([exact(655, { unit: "person" }), moreThan(130, { unit: "person" })])).toEqual({
      value: 785,
      qualifier: "atLeast",
      strict: true,
      unit: "person",
    });
  });

  it("an approximate figure makes the sum approximate", () => {
    expect(sum([approximately(300_000), exact(42)])).toEqual({ value: 300_042, qualifier: "approximately" });
  });

  it("'at least' plus 'at most' is only approximately known", () => {
    expect(sum([atLeast(10), atMost(5)]).qualifier).toBe("approximately");
  });

  it("a non-strict lower bound stays non-strict, and one strict bound makes the sum strict", () => {
    expect(sum([atLeast(10), exact(5)])).toEqual({ value: 15, qualifier: "atLeast" });
    expect(sum([atLeast(10), moreThan(5)])).toEqual({ value: 15, qualifier: "atLeast", strict: true });
  });

  it("refuses to add persons and cases, naming both units", () => {
    const result = sumQuantities([exact(7_832, { unit: "person" }), exact(263, { unit: "case" }), exact(1)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error._tag).toBe("UnitMismatch");
    expect(result.error.message).toContain('"person"');
    expect(result.error.message).toContain('"case"');
    expect(result.error).toMatchObject({ units: ["person", "case", undefined] });
  });

  it("keeps the written scale only when all figures share it", () => {
    const views = exact(28_500_000, { unit: "view", multiplier: "million" });
    const more = moreThan(2_800_000, { unit: "view", multiplier: "million" });
    expect(sum([views, more]).multiplier).toBe("million");
    expect(sum([views, exact(5, { unit: "view" })]).multiplier).toBeUndefined();
  });

  it("the sum of nothing is exact zero", () => {
    expect(sum([])).toEqual({ value: 0, qualifier: "exact" });
  });

  it("is commutative under qualifiers", () => {
    fc.assert(fc.property(person, person, (a, b) => sameQuantity(sum([a, b]), sum([b, a]))));
  });

  it("is associative under qualifiers", () => {
    fc.assert(
      fc.property(person, person, person, (a, b, c) => {
        const left = sum([sum([a, b]), c]);
        const right = sum([a, sum([b, c])]);
        return sameQuantity(left, right) && sameQuantity(left, sum([a, b, c])) && left.multiplier === right.multiplier;
      }),
    );
  });

  it("adding exact zero changes nothing but the written scale", () => {
    fc.assert(fc.property(person, (a) => sameQuantity(sum([a, exact(0, { unit: "person" })]), a)));
  });

  it("never loses the qualifier of a bound: the sum's qualifier is at least as loose as each part's", () => {
    const looser = (part: string, total: string): boolean =>
      part === "exact" || total === part || total === "approximately" || (part === "nearly" && total === "atMost");
    fc.assert(
      fc.property(person, person, (a, b) => {
        const total = sum([a, b]);
        return [a, b].every((part) => looser(part.qualifier, total.qualifier));
      }),
    );
  });
});
