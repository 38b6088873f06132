import * as z from "zod/mini";

/** The five qualifiers a figure can carry, from the most to the least precise. */
export const QUALIFIERS = ["exact", "atLeast", "atMost", "nearly", "approximately"] as const;

/**
 * How a figure is known, as part of its value:
 * - `exact`: "655 practitioners" (¶27);
 * - `atLeast`: "more than 130 officials" (¶18) or "at least 130" (the seed's words stay in the
 *   provenance `quote`; a quantity's `strict` flag tells "more than" from "at least");
 * - `atMost`: "fewer than" or "at most";
 * - `nearly`: just below the number and close to it: "nearly 2 billion internet users", "近 20 亿"
 *   (2011 guide ¶14). Not "about" (which may be above) and not only "fewer than" (which may be far below);
 * - `approximately`: "about 300,000 images" (2011 guide ¶38).
 * @example Qualifier.parse("atLeast")
 */
export const Qualifier = z.enum(QUALIFIERS);
/** How a figure is known: exact, at least, at most, nearly or approximately. */
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * The qualifier of a figure computed from two qualified figures (their join in the qualifier
 * lattice: `exact` below, `approximately` on top; `atLeast` on one side; `nearly` below
 * `atMost` on the other).
 *
 * - exact with X gives X: adding an exact count keeps the other's bound (nearly 2 billion
 *   and exactly 5 more are nearly 2,000,000,005);
 * - the same qualifier twice keeps it: two lower bounds add up to a lower bound, two
 *   "nearly" figures to a "nearly" figure;
 * - nearly with atMost gives atMost: both are below their numbers, but the sum need no longer
 *   be close to its number (and it is strictly below it: "fewer than");
 * - atLeast with atMost or nearly gives approximately: a lower bound plus an upper bound
 *   bounds nothing, so the honest statement is "about" (we chose this over a range to keep
 *   one number per figure);
 * - approximately absorbs everything.
 *
 * The join is idempotent, commutative and associative, with `exact` as identity, so any
 * grouping of additions yields the same qualifier.
 * @example joinQualifiers("exact", "atLeast") // "atLeast"
 */
export function joinQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  if (a === b) return a;
  if (a === "exact") return b;
  if (b === "exact") return a;
  if ((a === "nearly" && b === "atMost") || (a === "atMost" && b === "nearly")) return "atMost";
  return "approximately";
}

/** The join of any number of qualifiers; `exact` for none. */
export function joinAllQualifiers(qualifiers: Iterable<Qualifier>): Qualifier {
  let joined: Qualifier = "exact";
  for (const qualifier of qualifiers) joined = joinQualifiers(joined, qualifier);
  return joined;
}

/**
 * The qualifier of `1 / x` for an x qualified by `qualifier`: dividing by a lower bound gives
 * an upper bound and the other way round. Used for ratios (a share's percent). The inverse
 * of a "nearly" figure is just above its number, which no qualifier says: a lower bound.
 */
export function invertQualifier(qualifier: Qualifier): Qualifier {
  if (qualifier === "atLeast") return "atMost";
  if (qualifier === "atMost" || qualifier === "nearly") return "atLeast";
  return qualifier;
}

/**
 * Whether a figure with this qualifier lies strictly beyond its number whatever its `strict`
 * flag says: a "nearly" figure is always below it. A sum or ratio that keeps a bound and has
 * such a term is strict ("fewer than").
 */
export function isStrictlyBelow(qualifier: Qualifier): boolean {
  return qualifier === "nearly";
}

/** Whether a qualifier states a bound (`atLeast` or `atMost`), where strictness matters. */
export function isBound(qualifier: Qualifier): qualifier is "atLeast" | "atMost" {
  return qualifier === "atLeast" || qualifier === "atMost";
}
