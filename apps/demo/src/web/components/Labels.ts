import { regionName, regionNameIn, type Language } from "@remit/core";
import { alpha2Of } from "../data/CountryCodes";

/**
 * A country (alpha-3) or an M49 region code, named in the reader's language: a region as core's
 * `regionNameIn` names it (M49's own six-language names first), a country by Intl.
 */
export function placeName(code: string, language: Language): string {
  // Debian's Chromium names no M49 area, so a Chinese chart would read "Americas".
  if (/^\d{3}$/.test(code)) return regionNameIn(code, language);
  const names = new Intl.DisplayNames([language], { type: "region" });
  const named = names.of(alpha2Of(code) ?? code);
  return named === undefined || named === code ? (regionName(code) ?? code) : named;
}
