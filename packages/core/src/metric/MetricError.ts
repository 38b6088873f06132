import type { Result } from "../result/Result";
import type { Quantity } from "./Quantity";

/** Figures counting different things were to be added ("person" + "case"). */
export interface UnitMismatch {
  readonly _tag: "UnitMismatch";
  /** The distinct units found, `undefined` standing for a figure without a unit. */
  readonly units: readonly (string | undefined)[];
  readonly message: string;
}

/** Shares of different wholes were to be added as parts of one whole. */
export interface DenominatorMismatch {
  readonly _tag: "DenominatorMismatch";
  readonly denominators: readonly Quantity[];
  readonly message: string;
}

/** Parts of a whole were found to add up to more than the whole (over 100%). */
export interface ShareExceedsWhole {
  readonly _tag: "ShareExceedsWhole";
  readonly numerator: Quantity;
  readonly denominator: Quantity;
  readonly message: string;
}

/**
 * Shares were to be added or pooled, but the whole of at least one is not stated ("by
 * 2020, more than 50% of the cases", or the rate "7 of every 10", ¶21): without the whole a
 * percentage cannot be weighed against another, nor known to be a part of the same whole.
 */
export interface WholeUnknown {
  readonly _tag: "WholeUnknown";
  /** The percentages of the shares whose whole is unknown (a rate's derived percent). */
  readonly percents: readonly Quantity[];
  readonly message: string;
}

/** Why arithmetic on figures has no honest answer. */
export type MetricError = UnitMismatch | DenominatorMismatch | ShareExceedsWhole | WholeUnknown;

/** The outcome of arithmetic on figures: a value, or the reason there is none. */
export type MetricResult<T> = Result<T, MetricError>;

function describeUnit(unit: string | undefined): string {
  return unit === undefined ? "(no unit)" : `"${unit}"`;
}

/** Builds a {@link UnitMismatch} for the given units. */
export function unitMismatch(units: readonly (string | undefined)[]): UnitMismatch {
  return {
    _tag: "UnitMismatch",
    units,
    message: `cannot add figures with different units: ${units.map(describeUnit).join(", ")}; add only figures that count the same thing, or give them the same unit`,
  };
}

function describeQuantity(quantity: Quantity): string {
  return `${quantity.qualifier} ${quantity.value}${quantity.unit === undefined ? "" : ` ${quantity.unit}`}`;
}

/** Builds a {@link DenominatorMismatch} for the given wholes. */
export function denominatorMismatch(denominators: readonly Quantity[]): DenominatorMismatch {
  return {
    _tag: "DenominatorMismatch",
    denominators,
    message: `cannot add shares of different wholes (${denominators.map(describeQuantity).join(" vs ")}); add shares of the same whole, or pool them with poolShares`,
  };
}

/** Builds a {@link ShareExceedsWhole} for a numerator larger than its denominator. */
export function shareExceedsWhole(numerator: Quantity, denominator: Quantity): ShareExceedsWhole {
  return {
    _tag: "ShareExceedsWhole",
    numerator,
    denominator,
    message: `the parts add up to ${describeQuantity(numerator)}, more than the whole of ${describeQuantity(denominator)}; check that the shares are disjoint parts of one whole`,
  };
}

/** Builds a {@link WholeUnknown} for the percentages stated without their whole. */
export function wholeUnknown(percents: readonly Quantity[]): WholeUnknown {
  return {
    _tag: "WholeUnknown",
    percents,
    message: `cannot add or pool ${percents.map((percent) => `${describeQuantity(percent)}%`).join(", ")}: the whole is unknown, so a percentage of it cannot be weighed against another share or counted; show such a share on its own, as stated`,
  };
}
