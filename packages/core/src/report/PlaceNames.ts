import { countryM49Code, countryName, regionName } from "../geo";
import type { Language } from "../text/Language";

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
 * A country's name in a report language. English uses the UN M49 name ("El Salvador",
 * "United States of America"), the other languages CLDR's name through `Intl.DisplayNames`
 * ("萨尔瓦多"); the alpha-3 code itself when neither knows it.
 * @example countryNameIn("SLV", "zh") // "萨尔瓦多"
 */
export function countryNameIn(alpha3: string, language: Language): string {
  if (language !== "en") {
    const alpha2 = alpha2Of(alpha3);
    const name = alpha2 === undefined ? undefined : displayRegion(alpha2, language);
    if (name !== undefined) return name;
  }
  return countryName(alpha3) ?? alpha3;
}

/**
 * An M49 area's name in a report language: the M49 English name in English ("South-eastern
 * Asia"), CLDR's name for the same numeric code elsewhere ("东南亚").
 * @example regionNameIn("035", "zh") // "东南亚"
 */
export function regionNameIn(code: string, language: Language): string {
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
