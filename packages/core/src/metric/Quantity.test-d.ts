import { describe, expectTypeOf, it } from "vitest";
import type { MetricResult } from "./MetricError";
import type { Multiplier, Quantity } from "./Quantity";
import type { Qualifier } from "./Qualifier";
import { sumQuantities } from "./QuantitySum";
import type { Share } from "./Share";

describe("Quantity type", () => {
  it("has a literal union as qualifier", () => {
    expectTypeOf<Quantity["qualifier"]>().toEqualTypeOf<"exact" | "atLeast" | "atMost" | "nearly" | "approximately">();
    expectTypeOf<Qualifier>().toEqualTypeOf<Quantity["qualifier"]>();
  });

  it("requires value and qualifier, and leaves strict, unit and multiplier optional", () => {
    expectTypeOf<{ value: number; qualifier: "exact" }>().toExtend<Quantity>();
    expectTypeOf<{ value: number }>().not.toExtend<Quantity>();
    expectTypeOf<Quantity>().toHaveProperty("unit").toEqualTypeOf<string | undefined>();
    expectTypeOf<Quantity["strict"]>().toEqualTypeOf<true | undefined>();
    expectTypeOf<Quantity["multiplier"]>().toEqualTypeOf<Multiplier | undefined>();
    expectTypeOf<Multiplier>().toEqualTypeOf<"thousand" | "million" | "billion">();
  });

  it("sums to a result that must be checked before use", () => {
    expectTypeOf(sumQuantities).returns.toEqualTypeOf<MetricResult<Quantity>>();
    expectTypeOf<Extract<MetricResult<Quantity>, { ok: false }>["error"]["_tag"]>().toEqualTypeOf<
      "UnitMismatch" | "DenominatorMismatch" | "ShareExceedsWhole" | "WholeUnknown"
    >();
  });

  it("tells shares apart by basis", () => {
    expectTypeOf<Share["basis"]>().toEqualTypeOf<"counted" | "percent">();
    expectTypeOf<Extract<Share, { basis: "percent" }>["percent"]>().toEqualTypeOf<Quantity>();
  });
});
