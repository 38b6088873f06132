import { FORMAT_RULE_MESSAGES } from "../rule/FormatRules";
import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Qualifier, isBound } from "./Qualifier";

/**
 * What a figure counts, as a singular lower-case slug: "person", "country", "case", "view",
 * "impression", "law", "image". Open rather than closed, because every new indicator may
 * count something new; `sumQuantities` refuses to add different units.
 * @example Unit.parse("impression")
 */
export const Unit = z.string().check(
  z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    message: FORMAT_RULE_MESSAGES.unit,
  }),
);
/** What a figure counts ("person", "country", "case", …). */
export type Unit = z.infer<typeof Unit>;

/** The scales a figure may be written in: "28.5 million views" (¶33). */
export const MULTIPLIERS = ["thousand", "million", "billion"] as const;

/** The scale a figure was written in, kept so that it can be written the same way again. */
export const Multiplier = z.enum(MULTIPLIERS);
/** The scale a figure was written in. */
export type Multiplier = z.infer<typeof Multiplier>;

/** The factor of each scale. */
export const MULTIPLIER_FACTORS: Readonly<Record<Multiplier, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/**
 * A qualified figure. `value` is always the full number (28.5 million views is
 * `{ value: 28_500_000, multiplier: "million" }`), so arithmetic and comparison never need
 * the multiplier, which only says how the figure was written. `strict: true` marks a bound
 * stated as "more than" / "fewer than" rather than "at least" / "at most"; it is allowed only
 * with `atLeast` and `atMost`.
 * @example Quantity.parse({ value: 130, qualifier: "atLeast", strict: true, unit: "person" }) // "more than 130 officials"
 */
export const Quantity = z
  .strictObject({
    value: z.number().check(z.nonnegative()),
    qualifier: Qualifier,
    strict: z.optional(z.literal(true)),
    unit: z.optional(Unit),
    multiplier: z.optional(Multiplier),
  })
  .check(
    z.refine((quantity) => quantity.strict === undefined || isBound(quantity.qualifier), {
      message: 'strict ("more than", "fewer than") applies only to the qualifiers atLeast and atMost',
      params: rule("quantity.strictQualifier", {}),
      path: ["strict"],
    }),
  );
/** A qualified figure: value, qualifier, and optionally strictness, unit and written scale. */
export type Quantity = z.infer<typeof Quantity>;

/** Unit and written scale of a quantity being built. */
export interface QuantityOptions {
  readonly unit?: Unit;
  readonly multiplier?: Multiplier;
}

function build(value: number, qualifier: Qualifier, strict: boolean, options: QuantityOptions): Quantity {
  return {
    value,
    qualifier,
    ...(strict ? { strict: true as const } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.multiplier !== undefined ? { multiplier: options.multiplier } : {}),
  };
}

/** An exact figure: `exact(655, { unit: "person" })` for "655 practitioners". */
export function exact(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "exact", false, options);
}

/** A lower bound stated as "at least N". */
export function atLeast(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "atLeast", false, options);
}

/** A strict lower bound stated as "more than N": `moreThan(5600, { unit: "person" })`. */
export function moreThan(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "atLeast", true, options);
}

/** An upper bound stated as "at most N". */
export function atMost(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "atMost", false, options);
}

/** A strict upper bound stated as "fewer than N". */
export function fewerThan(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "atMost", true, options);
}

/** A figure just below its number: "nearly 2 billion internet users" (2011 guide ¶14, "近 20 亿"). */
export function nearly(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "nearly", false, options);
}

/** An approximate figure: "about 300,000 images". */
export function approximately(value: number, options: QuantityOptions = {}): Quantity {
  return build(value, "approximately", false, options);
}

/**
 * The number as it was written: 28.5 for `{ value: 28_500_000, multiplier: "million" }`,
 * the value itself without a multiplier.
 */
export function writtenValue(quantity: Quantity): number {
  return quantity.multiplier === undefined ? quantity.value : quantity.value / MULTIPLIER_FACTORS[quantity.multiplier];
}
