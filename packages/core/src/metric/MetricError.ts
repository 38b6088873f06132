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

/** Why arithmetic on figures has no honest answer. */
export type MetricError = UnitMismatch | DenominatorMismatch | ShareExceedsWhole;

/** The outcome of arithmetic on figures: a value, or the reason there is none. */
export type MetricResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MetricError };

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
