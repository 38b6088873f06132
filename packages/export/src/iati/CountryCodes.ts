import { iso31661Alpha3ToAlpha2 } from "iso-3166/1-a3-to-1-a2.js";

/**
 * The ISO 3166-1 alpha-2 code IATI's recipient-country asks for, from the alpha-3 code Remit
 * stores (UN M49 lists alpha-3), via the `iso-3166` package's table. `undefined` for an
 * area M49 lists without an ISO code (such as Sark); such a country is left out of
 * recipient-country.
 * @example alpha2Of("BLZ") // "BZ"
 */
export function alpha2Of(alpha3: string): string | undefined {
  return iso31661Alpha3ToAlpha2[alpha3];
}
