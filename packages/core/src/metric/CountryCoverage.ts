import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Country } from "../geo";
import { Quantity } from "./Quantity";

/**
 * The countries an activity or a figure covers, as far as the source says:
 * - `named`: the countries the source names (ISO 3166-1 alpha-3), without repeats;
 * - `count`: how many countries the source says there were, when it says so.
 *
 * Without `count`, `named` is the whole list ("from Belize, Costa Rica, El Salvador,
 * Guatemala and Honduras", ¶27). With `count`, `named` may be partial or empty ("from 64
 * countries", ¶17, is `{ named: [], count: exact 64 }`). `{ named: [] }` alone states no
 * country at all (a global tool, a publication). The count's unit, when given, is
 * "country"; an exact or at-most count cannot be below the number of named countries.
 * @example CountryCoverage.parse({ named: [], count: { value: 64, qualifier: "exact", unit: "country" } })
 */
export const CountryCoverage = z
  .strictObject({
    named: z.array(Country),
    count: z.optional(Quantity),
  })
  .check(
    z.refine((coverage) => new Set(coverage.named).size === coverage.named.length, {
      message: "a country is named twice; name each country once",
      params: rule("coverage.countryTwice", {}),
      path: ["named"],
    }),
    z.refine(
      (coverage) =>
        coverage.count === undefined || coverage.count.unit === undefined || coverage.count.unit === "country",
      {
        message: 'a count of countries has the unit "country" (or none)',
        params: rule("coverage.countUnit", {}),
        path: ["count", "unit"],
      },
    ),
    z.refine((coverage) => coverage.count === undefined || Number.isInteger(coverage.count.value), {
      message: "a count of countries is a whole number",
      params: rule("coverage.countWhole", {}),
      path: ["count", "value"],
    }),
    z.refine(
      (coverage) =>
        coverage.count === undefined ||
        !(coverage.count.qualifier === "exact" || coverage.count.qualifier === "atMost") ||
        coverage.count.value >= coverage.named.length,
      {
        message: "the count is smaller than the number of named countries",
        params: rule("coverage.countBelowNamed", {}),
        path: ["count", "value"],
      },
    ),
  );
/** The countries covered: those named, and how many there were when the source says. */
export type CountryCoverage = z.infer<typeof CountryCoverage>;

/** Coverage of countries named in full: `namedCountries(["SLV", "GTM", "HND"])`. */
export function namedCountries(countries: readonly Country[]): CountryCoverage {
  return { named: [...new Set(countries)] };
}

/** Coverage of countries known only as a count: `countedCountries(exact(64))` for "64 countries". */
export function countedCountries(count: Quantity, named: readonly Country[] = []): CountryCoverage {
  return { named: [...new Set(named)], count: { ...count, unit: "country" } };
}

/** No country stated. */
export const NO_COUNTRIES: CountryCoverage = { named: [] };

/**
 * Whether the named countries are the whole coverage: no count, or an exact count equal to
 * the number of names.
 */
export function isFullyNamed(coverage: CountryCoverage): boolean {
  return (
    coverage.count === undefined ||
    (coverage.count.qualifier === "exact" && coverage.count.value === coverage.named.length)
  );
}
