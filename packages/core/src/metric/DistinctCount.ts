import type { Country } from "../geo";
import type { CountryCoverage } from "./CountryCoverage";
import { isFullyNamed } from "./CountryCoverage";
import type { Quantity } from "./Quantity";
import { approximately, atLeast, exact } from "./Quantity";

/**
 * Puts several coverages together into the coverage of them all, without double counting:
 * named countries are unioned; a country known only by a count may be any of the others, so
 * counts give lower bounds, never sums.
 *
 * - All coverages fully named: the union, exactly.
 * - Exactly one coverage C holds unnamed countries and every other named country is among
 *   C's names: C's count still holds (one activity "from 64 countries" is exactly 64),
 *   unless it is an approximate count below the number of names.
 * - Otherwise: at least the largest of the union's size and the exact or at-least counts
 *   ("more than" kept when every bound reaching that largest value was strict). An
 *   approximate count larger than every sure bound makes the result approximately that
 *   count. An at-most or "nearly" count gives no lower bound and so adds only its named countries.
 *
 * Merging is associative and commutative (counts of parts merge into the count of the
 * whole, whatever the grouping), which is what lets aggregation work on partitions.
 * @example mergeCoverages([{ named: ["SLV", "GTM"] }, { named: [], count: exact(64) }]) // { named: ["GTM", "SLV"], count: atLeast 64 }
 */
export function mergeCoverages(coverages: readonly CountryCoverage[]): CountryCoverage {
  const union = [...new Set(coverages.flatMap((coverage) => coverage.named))].sort();
  const partial = coverages.filter((coverage) => !isFullyNamed(coverage));
  const count = mergedCount(union, partial, coverages);
  return count === undefined ? { named: union } : { named: union, count };
}

function mergedCount(
  union: readonly Country[],
  partial: readonly CountryCoverage[],
  all: readonly CountryCoverage[],
): Quantity | undefined {
  const only = partial.length === 1 ? partial[0] : undefined;
  if (partial.length === 0) return undefined;
  if (only?.count !== undefined && keepsItsCount(only.count, union.length) && containsAllNamed(only, all)) {
    return { ...only.count, unit: "country" };
  }
  return lowerBound(union.length, partial);
}

/**
 * Whether a lone counted coverage's count stands as the count of the whole: exact and
 * at-most counts always do (they are never below the names); an at-least count is
 * re-derived as a lower bound; an approximate count stands unless it is below the names, and
 * a "nearly" count unless the names reach it.
 */
function keepsItsCount(count: Quantity, named: number): boolean {
  if (count.qualifier === "atLeast") return false;
  if (count.qualifier === "nearly") return count.value > named;
  return count.qualifier !== "approximately" || count.value >= named;
}

function containsAllNamed(coverage: CountryCoverage, all: readonly CountryCoverage[]): boolean {
  const names = new Set(coverage.named);
  return all.every((other) => other.named.every((country) => names.has(country)));
}

interface Candidate {
  readonly value: number;
  readonly strict: boolean;
}

function lowerBound(unionSize: number, partial: readonly CountryCoverage[]): Quantity {
  const sure: Candidate[] = [{ value: unionSize, strict: false }];
  let approximate = -1;
  for (const { count } of partial) {
    if (count === undefined) continue;
    if (count.qualifier === "exact" || count.qualifier === "atLeast") {
      sure.push({ value: count.value, strict: count.strict === true });
    } else if (count.qualifier === "approximately") {
      approximate = Math.max(approximate, count.value);
    }
  }
  const best = Math.max(...sure.map((candidate) => candidate.value));
  if (approximate > best) return approximately(approximate, { unit: "country" });
  const strict = sure.filter((candidate) => candidate.value === best).every((candidate) => candidate.strict);
  const bound = atLeast(best, { unit: "country" });
  return strict ? { ...bound, strict: true } : bound;
}

/**
 * How many distinct countries some coverages reach together: the size of
 * {@link mergeCoverages}, unit "country". Exact when every country is named (or one counted
 * coverage contains all the others), otherwise a lower bound. Never more than the sum of
 * the coverages' sizes.
 * @example distinctCount([{ named: ["SLV", "GTM", "HND"] }, { named: ["BLZ", "CRI", "SLV", "GTM", "HND"] }]) // exact 5
 */
export function distinctCount(coverages: readonly CountryCoverage[]): Quantity {
  const merged = mergeCoverages(coverages);
  if (merged.count === undefined) return exact(merged.named.length, { unit: "country" });
  return merged.count;
}
