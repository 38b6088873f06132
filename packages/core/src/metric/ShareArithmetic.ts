import type { Result } from "../result/Result";
import type { MetricResult, WholeUnknown } from "./MetricError";
import { denominatorMismatch, shareExceedsWhole, unitMismatch, wholeUnknown } from "./MetricError";
import { addQuantities, sameQuantity, sumQuantities } from "./QuantitySum";
import type { PercentShare, Share, ShareOfKnownWhole } from "./Share";
import { hasKnownWhole, shareNumerator, sharePercent } from "./Share";

/** The shares' wholes are all stated, or the refusal naming those that are not. */
function knownWholes(
  shares: readonly [Share, ...Share[]],
): Result<[ShareOfKnownWhole, ...ShareOfKnownWhole[]], WholeUnknown> {
  const unknown = shares.filter((share) => !hasKnownWhole(share));
  if (unknown.length > 0) return { ok: false, error: wholeUnknown(unknown.map(sharePercent)) };
  return { ok: true, value: shares as [ShareOfKnownWhole, ...ShareOfKnownWhole[]] };
}

/**
 * Adds disjoint parts of one whole: "40% of 263 cases" + "32% of 263 cases" is "72% of 263
 * cases". The whole is kept; wholes that are not the same figure give a
 * `DenominatorMismatch`, and parts adding up to more than the whole a `ShareExceedsWhole`.
 * Percentages add as percentages; counts add as counts; a mix adds as counts, the
 * percentages turned into (approximate) counts. A share whose whole is not stated cannot be
 * known to be part of the same whole: `WholeUnknown`.
 * @example sumShares([girls, boys]) // { ok: true, value: { basis: "counted", numerator: exact 10, denominator: exact 10 } }
 */
export function sumShares(all: readonly [Share, ...Share[]]): MetricResult<Share> {
  if (all.length === 1 && !hasKnownWhole(all[0])) return { ok: true, value: all[0] };
  const known = knownWholes(all);
  if (!known.ok) return known;
  const shares = known.value;
  const denominator = shares[0].denominator;
  const mismatched = shares.filter((share) => !sameQuantity(share.denominator, denominator));
  if (mismatched.length > 0) {
    return { ok: false, error: denominatorMismatch([denominator, ...mismatched.map((share) => share.denominator)]) };
  }
  const percents = shares.filter((share): share is PercentShare & ShareOfKnownWhole => share.basis === "percent");
  if (percents.length === shares.length) {
    const percent = sumQuantities(percents.map((share) => share.percent));
    if (!percent.ok) return percent;
    if (percent.value.value > 100)
      return { ok: false, error: shareExceedsWhole(percent.value, { value: 100, qualifier: "exact" }) };
    return { ok: true, value: { basis: "percent", percent: percent.value, denominator } };
  }
  const numerator = sumQuantities(shares.map((share) => shareNumerator(share)));
  if (!numerator.ok) return numerator;
  if (numerator.value.value > denominator.value)
    return { ok: false, error: shareExceedsWhole(numerator.value, denominator) };
  return { ok: true, value: { basis: "counted", numerator: numerator.value, denominator } };
}

/**
 * Pools shares of disjoint wholes into the share of the combined whole: 40% of 263 cases
 * in one country and 85% of 39 in another is about 138.35 of 302 cases. Parts and wholes
 * are summed as quantities (so units must agree, else `UnitMismatch`); one share pools to
 * itself. This is how aggregation combines a "share" indicator across countries or years.
 * Two or more shares pool only if every whole is stated, else `WholeUnknown`.
 */
export function poolShares(all: readonly [Share, ...Share[]]): MetricResult<Share> {
  if (all.length === 1) return { ok: true, value: all[0] };
  const known = knownWholes(all);
  if (!known.ok) return known;
  const units = [...new Set(known.value.map((share) => share.denominator.unit))];
  if (units.length > 1) return { ok: false, error: unitMismatch(units) };
  return { ok: true, value: poolSameUnit(known.value) };
}

/**
 * Pools shares whose wholes the caller already knows to be stated and to share one unit
 * (aggregation leaves out unknown wholes and normalises units first). Internal to metric/;
 * use `poolShares`.
 */
export function poolSameUnit(shares: readonly [ShareOfKnownWhole, ...ShareOfKnownWhole[]]): Share {
  if (shares.length === 1) return shares[0];
  const unit = shares[0].denominator.unit;
  const denominator = addQuantities(
    shares.map((share) => share.denominator),
    unit,
  );
  const numerator = addQuantities(
    shares.map((share) => shareNumerator(share)),
    unit,
  );
  // Pooled parts never exceed the pooled whole; the clamp only absorbs floating-point error.
  const value = Math.min(numerator.value, denominator.value);
  return { basis: "counted", numerator: { ...numerator, value }, denominator };
}
