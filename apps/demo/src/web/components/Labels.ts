import {
  formatQuantity,
  joinItemsIn,
  regionName,
  regionNameIn,
  type CountryCoverage,
  type Language,
} from "@remit/core";
import type { Translate } from "../i18n/Catalogs";
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

/**
 * The countries an activity assists, in words: the ones it names, listed as the language lists
 * them, or, when the records give only their number ("from 64 countries"), that number in
 * words ("64 countries", "64个国家"), never a list made up from it; undefined when neither is
 * given. A count beyond the named countries follows them ("Belize and Costa Rica (64 countries)").
 */
export function countriesText(coverage: CountryCoverage, language: Language, t: Translate): string | undefined {
  const counted =
    coverage.count === undefined
      ? undefined
      : t("countriesCounted", {
          count: coverage.count.value,
          quantity: formatQuantity(coverage.count, language),
          qualifier: coverage.count.qualifier,
        });
  if (coverage.named.length === 0) return counted;
  const named = joinItemsIn(
    language,
    coverage.named.map((code) => placeName(code, language)),
  );
  return counted === undefined || coverage.count!.value <= coverage.named.length ? named : `${named} (${counted})`;
}
