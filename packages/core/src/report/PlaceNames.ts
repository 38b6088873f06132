import { countryM49Code, countryName, regionName } from "../geo";
import type { Language } from "../text/Language";
import { UN_COUNTRY_NAMES, UN_REGION_NAMES } from "./UnPlaceNames";

/**
 * The ISO 3166-1 alpha-2 code of a country given as alpha-3, found without a table of our
 * own: its M49 number is also its ISO numeric code, and CLDR, which every Intl
 * implementation carries, aliases numeric region subtags to alpha-2 ("und-222" → "und-SV").
 */
function alpha2Of(alpha3: string): string | undefined {
  const numeric = countryM49Code(alpha3);
  if (numeric === undefined) return undefined;
  try {
    const region = new Intl.Locale(`und-${numeric}`).region;
    return region !== undefined && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

function displayRegion(code: string, language: Language): string | undefined {
  try {
    const name = new Intl.DisplayNames([language], { type: "region", fallback: "none" }).of(code);
    return name === undefined || name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/**
 * A country's name in a report language: the UN short name where Remit ships it
 * (`UN_COUNTRY_NAMES`), else in English the M49 name and elsewhere CLDR's name through
 * `Intl.DisplayNames`; the alpha-3 code itself when none knows it.
 * @example countryNameIn("SLV", "fr") // "El Salvador" (CLDR says "Salvador")
 */
export function countryNameIn(alpha3: string, language: Language): string {
  const un = UN_COUNTRY_NAMES[alpha3]?.[language];
  if (un !== undefined) return un;
  if (language !== "en") {
    const alpha2 = alpha2Of(alpha3);
    const name = alpha2 === undefined ? undefined : displayRegion(alpha2, language);
    if (name !== undefined) return name;
  }
  return countryName(alpha3) ?? alpha3;
}

/**
 * An M49 area's name in a report language: the M49 name in that language where Remit ships
 * it (`UN_REGION_NAMES`), else the M49 English name in English and CLDR's name elsewhere.
 * @example regionNameIn("419", "zh") // "拉丁美洲和加勒比" (CLDR says "拉丁美洲")
 */
export function regionNameIn(code: string, language: Language): string {
  const un = UN_REGION_NAMES[code]?.[language];
  if (un !== undefined) return un;
  if (language !== "en") {
    const name = displayRegion(code, language);
    if (name !== undefined) return name;
  }
  return regionName(code) ?? code;
}

/**
 * The name of a language (ISO 639-1) in a report language: "Portuguese", "葡萄牙语".
 * @example languageNameIn("pt", "en") // "Portuguese"
 */
export function languageNameIn(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
