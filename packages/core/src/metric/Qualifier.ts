import * as z from "zod";

/** The four qualifiers a figure can carry, from the most to the least precise. */
export const QUALIFIERS = ["exact", "atLeast", "atMost", "approximately"] as const;

/**
 * How a figure is known, as part of its value:
 * - `exact`: "655 practitioners" (¶27);
 * - `atLeast`: "more than 130 officials" (¶18) or "at least 130" (the seed's words stay in the
 *   provenance `quote`; a quantity's `strict` flag tells "more than" from "at least");
 * - `atMost`: "fewer than" or "at most";
 * - `approximately`: "about 300,000 images", "nearly 2 billion internet users" (2011 guide).
 * @example Qualifier.parse("atLeast")
 */
export const Qualifier = z.enum(QUALIFIERS);
/** How a figure is known: exact, at least, at most or approximately. */
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * The qualifier of a figure computed from two qualified figures (their join in the qualifier
 * lattice: `exact` below, `approximately` on top, `atLeast` and `atMost` in between).
 *
 * - exact with X gives X: adding an exact count keeps the other's bound;
 * - the same bound twice keeps it: two lower bounds add up to a lower bound;
 * - atLeast with atMost gives approximately: a lower bound plus an upper bound bounds
 *   nothing, so the honest statement is "about" (we chose this over a range to keep one
 *   number per figure);
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
 * an upper bound and the other way round. Used for ratios (a share's percent).
 */
export function invertQualifier(qualifier: Qualifier): Qualifier {
  if (qualifier === "atLeast") return "atMost";
  if (qualifier === "atMost") return "atLeast";
  return qualifier;
}

/** Whether a qualifier states a bound (`atLeast` or `atMost`), where strictness matters. */
export function isBound(qualifier: Qualifier): qualifier is "atLeast" | "atMost" {
  return qualifier === "atLeast" || qualifier === "atMost";
}
