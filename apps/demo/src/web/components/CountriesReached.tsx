import type { ActivityCounts } from "@remit/core";
import { useLocale } from "../i18n/Locale";
import { WorldMap } from "./WorldMap";

/**
 * The countries the activities assist by name, on a map and as a list, from the store's count
 * of activities by country; activities that give only a number of countries are told as a
 * number of such activities, never turned into invented countries.
 */
export function CountriesReached(props: { readonly byCountry: ActivityCounts }) {
  const { t } = useLocale();
  const named = props.byCountry.counts.map((count) => count.key);
  const countedOnly = props.byCountry.countriesCounted ?? 0;
  return (
    <section aria-labelledby="countries-heading">
      <h2 id="countries-heading">{t("countriesReached")}</h2>
      <p>{t("countriesNamed", { count: named.length })}</p>
      <WorldMap countries={named} caption={t("mapCaption", { count: named.length })} />
      {countedOnly === 0 ? null : <p>{t("countriesCountedOnly", { count: countedOnly })}</p>}
    </section>
  );
}
