/**
 * IATI percentages for a split the sources do not give. IATI's ruleset asks that sector
 * percentages sum to exactly 100 per vocabulary, and that recipient-country and
 * recipient-region percentages together sum to 100; it compares them as decimals, so the
 * shares are computed in hundredths and always add up to exactly 100.00.
 */

/**
 * Splits 100 % in proportion to whole-number weights, in hundredths of a percent, by the
 * largest remainder: every share is within 0.01 of its exact value and the shares sum to
 * exactly 100. Ties go to the earlier weight, so the split is the same on every run.
 * @example splitPercentages([1, 1, 1]) // ["33.34", "33.33", "33.33"]
 * @example splitPercentages([3, 1]) // ["75", "25"]
 */
export function splitPercentages(weights: readonly number[]): string[] {
  if (weights.length === 0) return [];
  if (weights.some((weight) => !Number.isInteger(weight) || weight <= 0)) {
    throw new RangeError(`a split needs positive whole weights, got ${weights.join(", ")}`);
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (weight * 10_000) / total);
  const hundredths = exact.map(Math.floor);
  let left = 10_000 - hundredths.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    hundredths[index] = (hundredths[index] ?? 0) + 1;
    left -= 1;
  }
  return hundredths.map(percentText);
}

/** 3334 hundredths as "33.34", 7500 as "75", 1250 as "12.5": a plain decimal, no exponent. */
function percentText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  if (fraction === 0) return String(whole);
  return `${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}
