import { ACTIVITY_KIND_LABELS, ACTIVITY_TOPIC_LABELS, AUDIENCE_LABELS, codeLabelIn } from "@remit/core";
import { placeName } from "../components/Labels";
import { filtersOf, type ActivityFilterName } from "../data/ActivityQuery";
import { apiHref } from "../data/ApiLinks";
import { useLocale } from "../i18n/Locale";
import type { PlainMessageKey } from "../i18n/UiMessages";
import { hrefOf, type Route } from "../routing/Route";

type ExportFormat = "csv" | "xlsx" | "json" | "jsonl" | "iati" | "ics";

/** Each format: its name, what it holds with and without filters, and whether filters apply to it. */
const FORMATS: readonly {
  readonly format: ExportFormat;
  readonly name: PlainMessageKey;
  readonly holds: PlainMessageKey;
  readonly holdsFiltered: PlainMessageKey;
  readonly filterable: boolean;
}[] = [
  { format: "csv", name: "formatCsv", holds: "holdsCsv", holdsFiltered: "holdsFilteredActivities", filterable: true },
  {
    format: "xlsx",
    name: "formatXlsx",
    holds: "holdsXlsx",
    holdsFiltered: "holdsFilteredActivities",
    filterable: true,
  },
  {
    format: "json",
    name: "formatJson",
    holds: "holdsJson",
    holdsFiltered: "holdsFilteredActivities",
    filterable: true,
  },
  {
    format: "jsonl",
    name: "formatJsonl",
    holds: "holdsJsonl",
    holdsFiltered: "holdsFilteredActivities",
    filterable: true,
  },
  {
    format: "iati",
    name: "formatIati",
    holds: "holdsIati",
    holdsFiltered: "holdsFilteredActivities",
    filterable: true,
  },
  { format: "ics", name: "formatIcs", holds: "holdsIcs", holdsFiltered: "holdsIcsNoFilters", filterable: false },
];

/** The activities page's label of each filter it offers (a term typed into the URL by hand keeps its name). */
const FILTER_LABELS: Readonly<Partial<Record<ActivityFilterName, PlainMessageKey>>> = {
  country: "filterCountry",
  region: "filterRegion",
  topic: "filterTopic",
  kind: "filterKind",
  partner: "filterPartner",
  audience: "filterAudience",
  mandate: "filterMandate",
  from: "filterFrom",
  to: "filterTo",
  text: "filterText",
};

/** The downloads the API offers, for the activities the URL's filters select (the activities page's). */
export function ExportsPage(props: { readonly route: Route }) {
  const { language, t } = useLocale();
  const filters = filtersOf(props.route.query);
  const named = Object.entries(filters) as [ActivityFilterName, string][];
  const filtered = named.length > 0;
  const valueText = (name: ActivityFilterName, value: string) =>
    name === "topic"
      ? codeLabelIn(ACTIVITY_TOPIC_LABELS, value, language)
      : name === "kind"
        ? codeLabelIn(ACTIVITY_KIND_LABELS, value, language)
        : name === "audience"
          ? codeLabelIn(AUDIENCE_LABELS, value, language)
          : name === "region" || name === "country"
            ? placeName(value, language)
            : value;
  return (
    <>
      <h1>{t("exportsTitle")}</h1>
      <p class="lead">{t("exportsIntro")}</p>
      <section aria-labelledby="filter-heading" class="toolbar exports-filter">
        <h2 id="filter-heading">{t("exportFilter")}</h2>
        {filtered ? (
          <ul class="plain-list">
            {named.map(([name, value]) => (
              <li key={name}>
                {FILTER_LABELS[name] === undefined ? name : t(FILTER_LABELS[name])}:{" "}
                <strong>{valueText(name, value)}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("exportNoFilter")}</p>
        )}
        <p class="pager">
          <a href={hrefOf({ language, page: "activities", query: filters })}>{t("exportChangeFilter")}</a>
          {filtered ? <a href={hrefOf({ language, page: "exports" })}>{t("clearFilters")}</a> : null}
        </p>
      </section>
      <ul class="formats">
        {FORMATS.map((entry) => {
          const available = !filtered || entry.filterable;
          return (
            <li key={entry.format}>
              <h2>{t(entry.name)}</h2>
              <p>{t(filtered ? entry.holdsFiltered : entry.holds)}</p>
              {available ? (
                <p class="pager">
                  <a href={apiHref("getExport", { format: entry.format }, filters)} download>
                    {t("downloadFormat", { format: t(entry.name) })}
                  </a>
                  {entry.format === "csv" ? (
                    <a href={apiHref("getExport", { format: "csv" }, { ...filters, bom: "true" })} download>
                      {t("downloadCsvExcel")}
                    </a>
                  ) : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
