import { Loading } from "../components/Loading";
import { mandatePlainName } from "../components/MandateName";
import { ReportView } from "../components/ReportView";
import { apiHref } from "../data/ApiLinks";
import { loadReport, loadReportingMandates } from "../data/ReportData";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import type { PlainMessageKey } from "../i18n/UiMessages";
import { formField } from "../routing/formField";
import { navigate } from "../routing/navigate";
import { YearSelect } from "../components/YearSelect";
import { hrefOf, type Route } from "../routing/Route";

/** The report the page opens on: GA resolution 74/173's, for 2020 (the 2021 report). */
const DEFAULT_MANDATE = "a-res-74-173";
const DEFAULT_PERIOD = "2020";
const DOWNLOADS: readonly (readonly ["docx" | "md" | "html" | "json", PlainMessageKey])[] = [
  ["docx", "downloadDocx"],
  ["md", "downloadMarkdown"],
  ["html", "downloadHtml"],
  ["json", "downloadJson"],
];

/** The report on a mandate for a period, written from the records in the page's language, with its downloads. */
export function ReportPage(props: { readonly route: Route }) {
  const locale = useLocale();
  const { language, t } = locale;
  const mandate = props.route.query.get("mandate") ?? DEFAULT_MANDATE;
  const period = props.route.query.get("period") ?? DEFAULT_PERIOD;
  const mandates = useLoad(loadReportingMandates, []);
  const report = useLoad(() => loadReport(mandate, period, language), [mandate, period, language]);
  const choose = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(
      hrefOf({
        language,
        page: "report",
        query: { mandate: formField(form, "mandate"), period: formField(form, "period") },
      }),
    );
  };
  return (
    <>
      <h1>{t("reportTitle")}</h1>
      <p class="lead">{t("reportIntro")}</p>
      <Loading loaded={mandates}>
        {(choices) => (
          <form class="toolbar" onSubmit={choose}>
            <label>
              {t("chooseMandate")}
              <select name="mandate" value={mandate}>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {mandatePlainName(choice, locale)}
                  </option>
                ))}
              </select>
            </label>
            <YearSelect name="period" value={period} />
            <button type="submit">{t("show")}</button>
          </form>
        )}
      </Loading>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("reportDownloads")}</h2>
        <ul class="downloads">
          {DOWNLOADS.map(([format, label]) => (
            <li key={format}>
              <a href={apiHref("getReport", { mandate }, { period, lang: language, format })} download>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Loading loaded={report}>
        {(shown) => (
          <>
            {shown.isFallback ? <p class="problem">{t("reportFallback")}</p> : null}
            <ReportView report={shown} />
            {shown.gaps.length === 0 ? null : (
              <section aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{t("reportGaps", { count: shown.gaps.length })}</h2>
                <ul>
                  {shown.gaps.map((gap) => (
                    <li key={gap.specId} lang="en" dir="ltr">
                      {gap.message}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </Loading>
    </>
  );
}
