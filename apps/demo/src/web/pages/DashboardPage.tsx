import { CountriesReached } from "../components/CountriesReached";
import { DashboardCharts } from "../components/DashboardCharts";
import { Figure } from "../components/Figure";
import { Loading } from "../components/Loading";
import { mandatePlainName } from "../components/MandateName";
import { loadDashboard } from "../data/DashboardData";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { hrefOf, type Route } from "../routing/Route";
import { navigate } from "../routing/navigate";
import { YearSelect } from "../components/YearSelect";
import { formField } from "../routing/formField";

/** The mandate and year the dashboard opens on: the 2021 report's resolution and its year. */
const DEFAULT_MANDATE = "a-res-74-173";
const DEFAULT_YEAR = "2020";

/** The dashboard of a mandate and a year: headline figures with their sources. */
export function DashboardPage(props: { readonly route: Route }) {
  const locale = useLocale();
  const { language, t } = locale;
  const mandateId = props.route.query.get("mandate") ?? DEFAULT_MANDATE;
  const year = props.route.query.get("year") ?? DEFAULT_YEAR;
  const loaded = useLoad(() => loadDashboard(mandateId, year), [mandateId, year]);
  const choose = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(
      hrefOf({
        language,
        page: "dashboard",
        query: { mandate: formField(form, "mandate"), year: formField(form, "year") },
      }),
    );
  };
  return (
    <Loading loaded={loaded}>
      {(data) => {
        const mandateName = data.mandate === undefined ? mandateId : mandatePlainName(data.mandate, locale);
        return (
          <>
            <h1>
              {t("dashboardTitle", {
                mandate: mandateName,
                period: Number(year).toLocaleString(language, { useGrouping: false }),
              })}
            </h1>
            <p class="lead">{t("dashboardIntro")}</p>
            <form class="toolbar" onSubmit={choose}>
              <label>
                {t("chooseMandate")}
                <select name="mandate" value={data.mandate?.id ?? mandateId}>
                  {data.mandates.map((mandate) => (
                    <option key={mandate.id} value={mandate.id}>
                      {mandatePlainName(mandate, locale)}
                    </option>
                  ))}
                </select>
              </label>
              <YearSelect name="year" value={year} />
              <button type="submit">{t("show")}</button>
            </form>
            <section aria-labelledby="figures-heading">
              <h2 id="figures-heading">{t("headlineFigures")}</h2>
              {data.figures.length === 0 ? (
                <p>{t("noFigures")}</p>
              ) : (
                <ul class="figures">
                  {data.figures.map((cell) => (
                    <Figure key={cell.indicatorId} cell={cell} indicator={data.indicators.get(cell.indicatorId)} />
                  ))}
                </ul>
              )}
            </section>
            <DashboardCharts trainedByRegion={data.trainedByRegion} byTopic={data.byTopic} byKind={data.byKind} />
            <CountriesReached byCountry={data.byCountry} />
          </>
        );
      }}
    </Loading>
  );
}
