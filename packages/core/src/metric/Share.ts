import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { invertQualifier, isBound, isStrictlyBelow, joinQualifiers } from "./Qualifier";
import { Quantity } from "./Quantity";

/**
 * A part of a whole stated as a count of a count: "7 of 10 child victims were girls".
 * Numerator and denominator count the same unit; the part is not larger than the whole.
 * `ratio: true` marks counts that are a rate, not the number of things counted: Honduras's
 * "每 10 名…儿童受害者中就有 7 名是女孩" (7 of every 10 child victims were girls, ¶21) does
 * not say there were 10 victims. Such a share has a percent (70) but no known whole, so it
 * is neither added, pooled nor counted (see `hasKnownWhole`).
 */
export const CountedShare = z
  .strictObject({
    basis: z.literal("counted"),
    numerator: Quantity,
    denominator: Quantity,
    ratio: z.optional(z.literal(true)),
  })
  .check(
    z.refine((share) => share.numerator.unit === share.denominator.unit, {
      message: "numerator and denominator must count the same unit",
      params: rule("share.sameUnit", {}),
      path: ["numerator", "unit"],
    }),
    z.refine((share) => share.denominator.value > 0, {
      message: "a share needs a whole larger than zero",
      params: rule("share.wholeNotPositive", {}),
      path: ["denominator", "value"],
    }),
    z.refine((share) => share.numerator.value <= share.denominator.value, {
      message: "the part is larger than the whole",
      params: rule("share.partOverWhole", {}),
      path: ["numerator", "value"],
    }),
  );
/** A part of a whole stated as two counts. */
export type CountedShare = z.infer<typeof CountedShare>;

/**
 * A part of a whole stated as a percentage: "of 263 cases, 40%" (¶21), "39 cases, 85%"
 * (¶21). The percent is a unitless quantity from 0 to 100 (its qualifier holds "over 50%").
 * `denominator` is the stated whole; it is absent when the source states none: "by 2020,
 * more than 50% of the cases" in El Salvador (¶21) says neither how many cases nor which.
 * Such a share stands as stated, but cannot be added to or pooled with others
 * (`sumShares` and `poolShares` refuse it with `WholeUnknown`), and its part cannot be
 * counted (`shareNumerator` gives `undefined`).
 */
export const PercentShare = z
  .strictObject({
    basis: z.literal("percent"),
    percent: Quantity,
    denominator: z.optional(Quantity),
  })
  .check(
    z.refine((share) => share.percent.value <= 100, {
      message: "a percentage is at most 100",
      params: rule("share.percentOver100", {}),
      path: ["percent", "value"],
    }),
    z.refine((share) => share.percent.unit === undefined && share.percent.multiplier === undefined, {
      message: "a percentage carries no unit and no multiplier",
      params: rule("share.percentWithUnit", {}),
      path: ["percent"],
    }),
    z.refine((share) => share.denominator === undefined || share.denominator.value > 0, {
      message: "a share needs a whole larger than zero",
      params: rule("share.wholeNotPositive", {}),
      path: ["denominator", "value"],
    }),
  );
/** A part of a whole stated as a percentage, of a stated whole or of one not stated. */
export type PercentShare = z.infer<typeof PercentShare>;

/**
 * A part of a whole, keeping the whole: either two counts or a percentage of a count (or
 * of a whole the source does not state). The percent of a counted share is derived
 * (`sharePercent`), never stored.
 * @example Share.parse({ basis: "percent", percent: { value: 40, qualifier: "exact" }, denominator: { value: 263, qualifier: "exact", unit: "case" } })
 */
export const Share = z.discriminatedUnion("basis", [CountedShare, PercentShare]);
/** A part of a whole, keeping the whole. */
export type Share = z.infer<typeof Share>;

/** Whether a figure is a share rather than a plain quantity. */
export function isShare(value: Quantity | Share): value is Share {
  return "basis" in value;
}

/**
 * A share whose whole is stated: two counts (not a rate), or a percentage with its
 * denominator.
 */
export type ShareOfKnownWhole =
  (CountedShare & { readonly ratio?: undefined }) | (PercentShare & { readonly denominator: Quantity });

/**
 * Whether the share's whole is stated. Only such shares can be added, pooled or turned
 * into counts: a percentage without its whole ("more than 50% of the cases") and a rate
 * ("7 of every 10") are not.
 * @example hasKnownWhole({ basis: "percent", percent: moreThan(50) }) // false
 */
export function hasKnownWhole(share: Share): share is ShareOfKnownWhole {
  return share.basis === "counted" ? share.ratio !== true : share.denominator !== undefined;
}

/**
 * The part as a count. For a percentage it is derived (40% of 263 cases is about 105.2
 * cases) and always `approximately`, since the stated percentage was itself rounded; for a
 * percentage of a whole the source does not state, or a rate ("7 of every 10"), there is
 * no count: `undefined`.
 */
export function shareNumerator(share: ShareOfKnownWhole): Quantity;
export function shareNumerator(share: Share): Quantity | undefined;
export function shareNumerator(share: Share): Quantity | undefined {
  if (share.basis === "counted") return share.ratio === true ? undefined : share.numerator;
  if (share.denominator === undefined) return undefined;
  const value = (share.percent.value * share.denominator.value) / 100;
  return {
    value,
    qualifier: "approximately",
    ...(share.denominator.unit !== undefined ? { unit: share.denominator.unit } : {}),
  };
}

/**
 * The part as a percentage (unitless). For two counts it is derived: a lower bound over an
 * exact whole is a lower bound, a part over a lower bound of the whole is an upper bound.
 * @example sharePercent({ basis: "counted", numerator: exact(7), denominator: exact(10) }) // exact 70
 */
export function sharePercent(share: Share): Quantity {
  if (share.basis === "percent") return share.percent;
  const { numerator, denominator } = share;
  const qualifier = joinQualifiers(numerator.qualifier, invertQualifier(denominator.qualifier));
  const strict =
    isBound(qualifier) &&
    [numerator, denominator].some((quantity) => quantity.strict === true || isStrictlyBelow(quantity.qualifier));
  return {
    value: (numerator.value / denominator.value) * 100,
    qualifier,
    ...(strict ? { strict: true as const } : {}),
  };
}
