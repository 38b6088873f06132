import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUALIFIERS, Qualifier, invertQualifier, joinAllQualifiers, joinQualifiers } from "./Qualifier";

const qualifier = fc.constantFrom(...QUALIFIERS);

describe("the qualifier lattice", () => {
  it("an exact figure added to a bound keeps the bound", () => {
    expect(joinQualifiers("exact", "atLeast")).toBe("atLeast");
    expect(joinQualifiers("atMost", "exact")).toBe("atMost");
    expect(joinQualifiers("exact", "exact")).toBe("exact");
  });

  it("a lower bound with an upper bound bounds nothing: it becomes approximately", () => {
    expect(joinQualifiers("atLeast", "atMost")).toBe("approximately");
    expect(joinQualifiers("atMost", "atLeast")).toBe("approximately");
  });

  it("a nearly figure stays nearly with exact ones, and becomes an upper bound with another upper bound", () => {
    expect(joinQualifiers("nearly", "exact")).toBe("nearly");
    expect(joinQualifiers("nearly", "nearly")).toBe("nearly");
    expect(joinQualifiers("nearly", "atMost")).toBe("atMost");
    expect(joinQualifiers("atMost", "nearly")).toBe("atMost");
  });

  it("a nearly figure with a lower bound bounds nothing: it becomes approximately", () => {
    expect(joinQualifiers("nearly", "atLeast")).toBe("approximately");
    expect(joinQualifiers("atLeast", "nearly")).toBe("approximately");
  });

  it("approximately absorbs every qualifier", () => {
    for (const other of QUALIFIERS) expect(joinQualifiers("approximately", other)).toBe("approximately");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(qualifier, (a) => joinQualifiers(a, a) === a));
  });

  it("is commutative", () => {
    fc.assert(fc.property(qualifier, qualifier, (a, b) => joinQualifiers(a, b) === joinQualifiers(b, a)));
  });

  it("is associative", () => {
    fc.assert(
      fc.property(
        qualifier,
        qualifier,
        qualifier,
        (a, b, c) => joinQualifiers(joinQualifiers(a, b), c) === joinQualifiers(a, joinQualifiers(b, c)),
      ),
    );
  });

  it("has exact as identity", () => {
    fc.assert(fc.property(qualifier, (a) => joinQualifiers("exact", a) === a && joinQualifiers(a, "exact") === a));
  });

  it("joins a list in any order to the same qualifier, and no qualifier to exact", () => {
    expect(joinAllQualifiers([])).toBe("exact");
    fc.assert(
      fc.property(fc.array(qualifier), (list) => joinAllQualifiers(list) === joinAllQualifiers([...list].reverse())),
    );
  });

  it("dividing by a lower bound gives an upper bound", () => {
    expect(invertQualifier("atLeast")).toBe("atMost");
    expect(invertQualifier("atMost")).toBe("atLeast");
    expect(invertQualifier("approximately")).toBe("approximately");
    expect(invertQualifier("nearly")).toBe("atLeast");
  });

  it("accepts only the five qualifiers", () => {
    expect(Qualifier.safeParse("moreThan").success).toBe(false);
    expect(Qualifier.options).toEqual(["exact", "atLeast", "atMost", "nearly", "approximately"]);
  });
});
