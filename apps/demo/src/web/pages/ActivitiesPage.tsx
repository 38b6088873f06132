import {
  countriesTextIn,
  ACTIVITY_KINDS,
  ACTIVITY_TOPICS,
  AUDIENCES,
  ActivitySortText,
  readActivitySort,
  type ActivitySort,
  type ActivitySortKey,
  formatPeriodIn,
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  AUDIENCE_LABELS,
  codeLabelIn,
} from "@remit/core";
import { placeName } from "../components/Labels";
import { Loading } from "../components/Loading";
import { RecordText } from "../components/RecordText";
import { api, valueOf } from "../data/Api";
import { ACTIVITY_FILTERS, filtersOf } from "../data/ActivityQuery";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { formField } from "../routing/formField";
import { navigate } from "../routing/navigate";
import { hrefOf, type Route } from "../routing/Route";

const REGIONS = ["002", "011", "019", "419", "013", "029", "142", "035", "150", "009"];
const PAGE_SIZE = 25;

/** The order a URL asks for (`?sort=start:desc`); none, or one the API does not know, is id order. */
function sortOf(query: URLSearchParams): ActivitySortText | undefined {
  const parsed = ActivitySortText.safeParse(query.get("sort") ?? undefined);
  return parsed.success ? parsed.data : undefined;
}

/** The order a column header asks for when clicked: ascending first, then the other way. */
function nextSort(current: ActivitySort | undefined, by: ActivitySortKey): ActivitySortText {
  return current?.by === by && current.direction === "asc" ? `${by}:desc` : `${by}:asc`;
}

function Choice(props: {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
}) {
  const { t } = useLocale();
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value}>
        <option value="">{t("anyValue")}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The activities: filters and order kept in the URL, a table sorted by the API (every page in
 * the order of the column clicked, not just the page shown), cursor paging in that order.
 */
export function ActivitiesPage(props: { readonly route: Route }) {
  const { language, t } = useLocale();
  const query = props.route.query;
  const filters = filtersOf(query);
  const cursor = query.get("cursor") ?? undefined;
  const sortText = sortOf(query);
  const sort = sortText === undefined ? undefined : readActivitySort(sortText);
  // What a link keeps: the filters and the order (a cursor belongs to its order, so a new order starts again).
  const listed = sortText === undefined ? filters : { ...filters, sort: sortText };
  const loaded = useLoad(
    // The URL's filters go to the API as they are: the API checks them and says what is wrong.
    () =>
      valueOf(
        api.listActivities({
          query: { ...listed, limit: PAGE_SIZE, cursor } as NonNullable<
            NonNullable<Parameters<typeof api.listActivities>[0]>["query"]
          >,
        }),
      ),
    [query.toString()],
  );
  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = Object.fromEntries(ACTIVITY_FILTERS.map((name) => [name, formField(form, name)]));
    navigate(
      hrefOf({ language, page: "activities", query: sortText === undefined ? next : { ...next, sort: sortText } }),
    );
  };
  const header = (by: ActivitySortKey, label: string) => (
    <th scope="col" aria-sort={sort?.by === by ? (sort.direction === "desc" ? "descending" : "ascending") : undefined}>
      <a
        href={hrefOf({ language, page: "activities", query: { ...filters, sort: nextSort(sort, by) } })}
        aria-label={t("sortBy", { column: label })}
      >
        {label}
      </a>
    </th>
  );
  return (
    <>
      <h1>{t("navActivities")}</h1>
      <p class="record-actions">
        <a href={hrefOf({ language, page: "edit" })}>{t("addActivity")}</a>
      </p>
      <form class="toolbar filters" onSubmit={apply} aria-label={t("filters")}>
        <label>
          {t("filterText")}
          <input name="text" type="search" value={filters.text ?? ""} />
        </label>
        <label>
          {t("filterCountry")}
          <input name="country" value={filters.country ?? ""} size={5} placeholder="SLV" />
        </label>
        <Choice
          name="region"
          label={t("filterRegion")}
          value={filters.region ?? ""}
          options={REGIONS.map((code) => [code, placeName(code, language)])}
        />
        <Choice
          name="topic"
          label={t("filterTopic")}
          value={filters.topic ?? ""}
          options={ACTIVITY_TOPICS.map((code) => [code, codeLabelIn(ACTIVITY_TOPIC_LABELS, code, language)])}
        />
        <Choice
          name="kind"
          label={t("filterKind")}
          value={filters.kind ?? ""}
          options={ACTIVITY_KINDS.map((code) => [code, codeLabelIn(ACTIVITY_KIND_LABELS, code, language)])}
        />
        <Choice
          name="audience"
          label={t("filterAudience")}
          value={filters.audience ?? ""}
          options={AUDIENCES.map((code) => [code, codeLabelIn(AUDIENCE_LABELS, code, language)])}
        />
        <label>
          {t("filterPartner")}
          <input name="partner" value={filters.partner ?? ""} size={10} />
        </label>
        <label>
          {t("filterMandate")}
          <input name="mandate" value={filters.mandate ?? ""} size={14} placeholder="A/RES/74/173" />
        </label>
        <label>
          {t("filterFrom")}
          <input name="from" value={filters.from ?? ""} size={6} inputMode="numeric" />
        </label>
        <label>
          {t("filterTo")}
          <input name="to" value={filters.to ?? ""} size={6} inputMode="numeric" />
        </label>
        <button type="submit">{t("applyFilters")}</button>
        <a href={hrefOf({ language, page: "activities" })}>{t("clearFilters")}</a>
        <a href={hrefOf({ language, page: "exports", query: filters })}>{t("exportTheseActivities")}</a>
      </form>
      <Loading loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t("noActivities")}</p>
          ) : (
            <>
              <table class="activities">
                <thead>
                  <tr>
                    {header("title", t("columnTitle"))}
                    {header("kind", t("columnKind"))}
                    {header("start", t("columnPeriod"))}
                    {header("country", t("columnCountries"))}
                  </tr>
                </thead>
                <tbody>
                  {page.items.map(({ record: activity }) => (
                    <tr key={activity.id}>
                      <td>
                        <a href={hrefOf({ language, page: "activity", id: activity.id })}>
                          <RecordText text={activity.title} />
                        </a>
                      </td>
                      <td>{codeLabelIn(ACTIVITY_KIND_LABELS, activity.kind, language)}</td>
                      <td>{formatPeriodIn(activity.period, language)}</td>
                      <td>{countriesTextIn(activity.countries, language, (code) => placeName(code, language))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="pager">
                {cursor === undefined ? null : (
                  <a href={hrefOf({ language, page: "activities", query: listed })}>{t("firstPage")}</a>
                )}
                {page.nextCursor === undefined ? null : (
                  <a href={hrefOf({ language, page: "activities", query: { ...listed, cursor: page.nextCursor } })}>
                    {t("nextPage")}
                  </a>
                )}
              </p>
            </>
          )
        }
      </Loading>
    </>
  );
}
