import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryCountryCoverage } from "../testing/arbitraries/metric";
import type { CountryCoverage } from "./CountryCoverage";
import { CountryCoverage as CountryCoverageSchema, countedCountries, namedCountries } from "./CountryCoverage";
import { distinctCount, mergeCoverages } from "./DistinctCount";
import { approximately, atLeast, atMost, exact, moreThan } from "./Quantity";
import { sameQuantity, sumQuantities } from "./QuantitySum";

// ¶25 and ¶26/¶27: Central American activities naming overlapping countries.
const teachers = namedCountries(["SLV", "GTM", "HND"]);
const evidence = namedCountries(["BLZ", "CRI", "SLV", "GTM", "HND"]);
// ¶17: "from 64 countries", none named.
const practitioners = countedCountries(exact(64));

describe("distinctCount", () => {
  it("two activities naming overlapping countries reach their union, exactly", () => {
    expect(distinctCount([teachers, evidence])).toEqual({ value: 5, qualifier: "exact", unit: "country" });
  });

  it("one activity named and one only counted reach at least the larger of the two", () => {
    expect(distinctCount([teachers, practitioners])).toEqual({ value: 64, qualifier: "atLeast", unit: "country" });
    expect(distinctCount([evidence, countedCountries(exact(3))])).toEqual({
      value: 5,
      qualifier: "atLeast",
      unit: "country",
    });
  });

  it("one counted activity alone reaches exactly its count", () => {
    expect(distinctCount([practitioners])).toEqual({ value: 64, qualifier: "exact", unit: "country" });
  });

  it("a counted activity whose names include every other named country keeps its exact count", () => {
    const course = countedCountries(exact(44), ["SLV", "GTM", "HND"]);
    expect(distinctCount([course, teachers])).toEqual({ value: 44, qualifier: "exact", unit: "country" });
  });

  it("two counted activities may overlap entirely: at least the larger count, never the sum", () => {
    expect(distinctCount([practitioners, countedCountries(exact(15))])).toEqual({
      value: 64,
      qualifier: "atLeast",
      unit: "country",
    });
  });

  it("keeps 'more than' when the largest bound was strict, and drops it when a sure count equals it", () => {
    expect(distinctCount([countedCountries(moreThan(60)), countedCountries(exact(10))])).toEqual({
      value: 60,
      qualifier: "atLeast",
      strict: true,
      unit: "country",
    });
    expect(distinctCount([countedCountries(moreThan(60)), countedCountries(exact(60))]).strict).toBeUndefined();
  });

  it("an approximate count larger than every sure bound makes the result approximate", () => {
    expect(distinctCount([countedCountries(approximately(60)), teachers])).toEqual({
      value: 60,
      qualifier: "approximately",
      unit: "country",
    });
    expect(distinctCount([countedCountries(approximately(2)), countedCountries(exact(15))]).qualifier).toBe("atLeast");
    expect(distinctCount([countedCountries(approximately(64)), countedCountries(exact(64))]).qualifier).toBe("atLeast");
  });

  it("an 'at most' count adds only its named countries to a lower bound", () => {
    expect(distinctCount([countedCountries(atMost(10), ["SEN"]), teachers])).toEqual({
      value: 4,
      qualifier: "atLeast",
      unit: "country",
    });
  });

  it("no coverage, or coverages naming nothing, reach exactly zero countries", () => {
    expect(distinctCount([])).toEqual({ value: 0, qualifier: "exact", unit: "country" });
    expect(distinctCount([{ named: [] }])).toEqual(exact(0, { unit: "country" }));
  });

  it("is never more than the sum of the coverages' sizes", () => {
    fc.assert(
      fc.property(fc.array(arbitraryCountryCoverage, { maxLength: 6 }), (coverages) => {
        const sizes = coverages.map((coverage) => distinctCount([coverage]));
        const total = sumQuantities(sizes);
        return total.ok && distinctCount(coverages).value <= total.value.value;
      }),
    );
  });

  it("is never less than the number of distinct named countries", () => {
    fc.assert(
      fc.property(fc.array(arbitraryCountryCoverage, { maxLength: 6 }), (coverages) => {
        const named = new Set(coverages.flatMap((coverage) => coverage.named));
        const count = distinctCount(coverages);
        return count.qualifier === "approximately" || count.qualifier === "atMost" || count.value >= named.size;
      }),
    );
  });
});

describe("mergeCoverages", () => {
  const coverages = fc.array(arbitraryCountryCoverage, { maxLength: 5 });

  it("gives a valid coverage", () => {
    fc.assert(fc.property(coverages, (list) => CountryCoverageSchema.safeParse(mergeCoverages(list)).success));
  });

  it("does not depend on the order of the coverages", () => {
    fc.assert(
      fc.property(coverages, (list) => {
        expect(mergeCoverages([...list].reverse())).toEqual(mergeCoverages(list));
      }),
    );
  });

  it("merging merged parts gives the merge of the whole, whatever the split", () => {
    fc.assert(
      fc.property(coverages, coverages, (left, right) => {
        const whole: CountryCoverage = mergeCoverages([...left, ...right]);
        expect(mergeCoverages([mergeCoverages(left), mergeCoverages(right)])).toEqual(whole);
        expect(
          sameQuantity(
            distinctCount([mergeCoverages(left), mergeCoverages(right)]),
            distinctCount([...left, ...right]),
          ),
        ).toBe(true);
      }),
    );
  });

  it("lists the union of named countries once each, sorted", () => {
    expect(mergeCoverages([teachers, evidence, practitioners])).toEqual({
      named: ["BLZ", "CRI", "GTM", "HND", "SLV"],
      count: atLeast(64, { unit: "country" }),
    });
  });
});

describe("CountryCoverage", () => {
  it("holds 'from 64 countries' without a single name (¶17)", () => {
    expect(CountryCoverageSchema.safeParse({ named: [], count: { value: 64, qualifier: "exact" } }).success).toBe(true);
  });

  it("refuses repeated names, counts of other units, fractional counts and counts below the names", () => {
    expect(CountryCoverageSchema.safeParse({ named: ["SLV", "SLV"] }).success).toBe(false);
    expect(
      CountryCoverageSchema.safeParse({ named: [], count: { value: 5, qualifier: "exact", unit: "person" } }).success,
    ).toBe(false);
    expect(
      CountryCoverageSchema.safeParse({ named: [], count: { value: 5.5, qualifier: "approximately" } }).success,
    ).toBe(false);
    expect(
      CountryCoverageSchema.safeParse({ named: ["SLV", "GTM"], count: { value: 1, qualifier: "exact" } }).success,
    ).toBe(false);
    expect(
      CountryCoverageSchema.safeParse({ named: ["SLV", "GTM"], count: { value: 1, qualifier: "atLeast" } }).success,
    ).toBe(true);
  });

  it("refuses a code that is not a country", () => {
    expect(CountryCoverageSchema.safeParse({ named: ["XXX"] }).success).toBe(false);
  });
});
