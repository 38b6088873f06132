import fc from "fast-check";
import type { Country, M49Region, RegionalGroup } from "../../geo";
import { REGIONAL_GROUPS, countryCodes, regionCodes } from "../../geo";

/** A valid country: an ISO 3166-1 alpha-3 code known to UN M49 (`SLV`, `BFA`, …). */
export const arbitraryCountry: fc.Arbitrary<Country> = fc
  .constant(null)
  .chain(() => fc.constantFrom(...countryCodes()));

/** A valid M49 area code above the country level (`001`, `419`, `013`, …). */
export const arbitraryM49Region: fc.Arbitrary<M49Region> = fc
  .constant(null)
  .chain(() => fc.constantFrom(...regionCodes()));

/** One of the five UN regional groups. */
export const arbitraryRegionalGroup: fc.Arbitrary<RegionalGroup> = fc.constantFrom(...REGIONAL_GROUPS);
