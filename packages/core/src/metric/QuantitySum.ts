import { isBound, isStrictlyBelow, joinAllQualifiers } from "./Qualifier";
import type { MetricResult } from "./MetricError";
import { unitMismatch } from "./MetricError";
import type { Multiplier, Quantity } from "./Quantity";

/**
 * Adds qualified figures, keeping the qualifier honest:
 * - values add up; the qualifier is the join of all qualifiers (see `joinQualifiers`), so
 *   exact 655 + more than 130 is more than 785, and anything approximate makes the sum
 *   approximate;
 * - the sum is strict ("more than", "fewer than") when it is a bound and any term in it was
 *   strict, a "nearly" figure included;
 * - all figures must have the same unit (a figure without a unit only adds to others
 *   without one), otherwise the result is a `UnitMismatch` error value;
 * - the written scale (`multiplier`) is kept only when every figure was written in the
 *   same scale.
 *
 * The sum of no figures is exact 0 without a unit. Sums of whole numbers are associative
 * and commutative; like every floating-point sum, sums of fractions may differ in the last
 * bits with the order.
 * @example sumQuantities([exact(655), moreThan(130)]) // { ok: true, value: { value: 785, qualifier: "atLeast", strict: true } }
 */
export function sumQuantities(quantities: readonly Quantity[]): MetricResult<Quantity> {
  const units = [...new Set(quantities.map((quantity) => quantity.unit))];
  if (units.length > 1) return { ok: false, error: unitMismatch(units) };
  return { ok: true, value: addQuantities(quantities, units[0]) };
}

/**
 * The sum of quantities the caller already knows to share `unit` (aggregation normalises
 * every figure to its indicator's unit first). Internal to metric/; use `sumQuantities`.
 */
export function addQuantities(quantities: readonly Quantity[], unit: string | undefined): Quantity {
  const qualifier = joinAllQualifiers(quantities.map((quantity) => quantity.qualifier));
  const strict =
    isBound(qualifier) &&
    quantities.some((quantity) => quantity.strict === true || isStrictlyBelow(quantity.qualifier));
  const multiplier = commonMultiplier(quantities);
  let value = 0;
  for (const quantity of quantities) value += quantity.value;
  return {
    value,
    qualifier,
    ...(strict ? { strict: true as const } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(multiplier !== undefined ? { multiplier } : {}),
  };
}

function commonMultiplier(quantities: readonly Quantity[]): Multiplier | undefined {
  const first = quantities[0]?.multiplier;
  return quantities.every((quantity) => quantity.multiplier === first) ? first : undefined;
}

/**
 * Whether two quantities state the same figure: same value, qualifier, strictness and unit.
 * The written scale is ignored, since "2.8 million" and "2,800,000" are the same figure.
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return (
    a.value === b.value &&
    a.qualifier === b.qualifier &&
    (a.strict ?? false) === (b.strict ?? false) &&
    a.unit === b.unit
  );
}
