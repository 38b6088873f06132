import { formatQuantity, type Activity } from "@remit/core";
import { useLocale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { RecordText } from "./RecordText";
import { WorldMap } from "./WorldMap";

/**
 * The countries the activities name, on a map and as a list; activities that give only a
 * number of countries are listed with that number, never turned into invented countries.
 */
export function CountriesReached(props: { readonly activities: readonly Activity[] }) {
  const { language, t } = useLocale();
  const named = [...new Set(props.activities.flatMap((activity) => activity.countries.named))];
  const countedOnly = props.activities.filter((activity) => activity.countries.count !== undefined);
  return (
    <section aria-labelledby="countries-heading">
      <h2 id="countries-heading">{t("countriesReached")}</h2>
      <p>{t("countriesNamed", { count: named.length })}</p>
      <WorldMap countries={named} caption={t("mapCaption", { count: named.length })} />
      {countedOnly.length === 0 ? null : (
        <>
          <p>{t("countriesCountedOnly", { count: countedOnly.length })}</p>
          <ul>
            {countedOnly.map((activity) => (
              <li key={activity.id}>
                <a href={hrefOf({ language, page: "activity", id: activity.id })}>
                  <RecordText text={activity.title} />
                </a>
                {": "}
                {activity.countries.count === undefined ? null : formatQuantity(activity.countries.count, language)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
