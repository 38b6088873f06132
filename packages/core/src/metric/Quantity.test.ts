import { describe, expect, it } from "vitest";
import { Quantity, Unit, approximately, atLeast, atMost, exact, fewerThan, moreThan, writtenValue } from "./Quantity";

describe("Quantity", () => {
  it("holds the seed's figures with their qualifiers", () => {
    expect(Quantity.parse(moreThan(130, { unit: "person" }))).toEqual({
      value: 130,
      qualifier: "atLeast",
      strict: true,
      unit: "person",
    });
    expect(Quantity.parse(exact(655, { unit: "person" }))).toEqual({ value: 655, qualifier: "exact", unit: "person" });
    expect(Quantity.parse(approximately(300_000, { unit: "image" })).qualifier).toBe("approximately");
  });

  it("keeps 28.5 million views as written while its value is the full number", () => {
    const views = Quantity.parse(exact(28_500_000, { unit: "view", multiplier: "million" }));
    expect(views.value).toBe(28_500_000);
    expect(writtenValue(views)).toBe(28.5);
    expect(writtenValue(exact(655))).toBe(655);
  });

  it("tells 'more than' from 'at least' and 'fewer than' from 'at most'", () => {
    expect(atLeast(10).strict).toBeUndefined();
    expect(moreThan(10).strict).toBe(true);
    expect(atMost(10)).toEqual({ value: 10, qualifier: "atMost" });
    expect(fewerThan(10)).toEqual({ value: 10, qualifier: "atMost", strict: true });
  });

  it("refuses strictness on an exact or approximate figure", () => {
    const result = Quantity.safeParse({ value: 5, qualifier: "exact", strict: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["strict"]);
    expect(Quantity.safeParse({ value: 5, qualifier: "approximately", strict: true }).success).toBe(false);
  });

  it("refuses negative, missing or non-finite values and unknown fields", () => {
    expect(Quantity.safeParse({ value: -1, qualifier: "exact" }).success).toBe(false);
    expect(Quantity.safeParse({ qualifier: "exact" }).success).toBe(false);
    expect(Quantity.safeParse({ value: Number.POSITIVE_INFINITY, qualifier: "exact" }).success).toBe(false);
    expect(Quantity.safeParse({ value: 1, qualifier: "exact", note: "x" }).success).toBe(false);
  });

  it("takes units as singular lower-case slugs", () => {
    expect(Unit.safeParse("internet-user").success).toBe(true);
    expect(Unit.safeParse("Persons").success).toBe(false);
    expect(Unit.safeParse("").success).toBe(false);
  });
});
