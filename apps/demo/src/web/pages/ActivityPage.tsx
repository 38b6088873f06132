import { everyPage, formatMetricValue, type Activity, type Observation, type Provenance } from "@remit/core";
import type { ComponentChildren } from "preact";
import { audienceLabel, kindLabel, periodText, placeName, topicLabel } from "../components/Labels";
import { Loading } from "../components/Loading";
import { RecordText } from "../components/RecordText";
import { api, valueOf } from "../data/Api";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { hrefOf, type Route } from "../routing/Route";

async function loadActivity(id: string) {
  const [stored, observations, indicators] = await Promise.all([
    valueOf(api.getActivity({ params: { id } })),
    everyPage((cursor) => valueOf(api.listObservations({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listIndicators({ query: { limit: 1000, cursor } }))),
  ]);
  return {
    activity: stored.record,
    results: observations.map((item) => item.record).filter((observation) => observation.activityIds.includes(id)),
    indicators: new Map(indicators.map((item) => [item.record.id, item.record])),
  };
}

function Field(props: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

/** The sources of a record, each as a document and its paragraphs, with the quote when there is one. */
export function Sources(props: { readonly provenance: readonly Provenance[] }) {
  const { language, t } = useLocale();
  return (
    <ul class="sources">
      {props.provenance.map((source, index) =>
        source.source === "document" ? (
          <li key={index}>
            {source.paragraphs.length === 0
              ? source.symbol
              : t("sourceParagraphs", {
                  symbol: source.symbol,
                  paragraphs: source.paragraphs.map((n) => n.toLocaleString(language)).join(", "),
                })}
            {source.quote === undefined ? null : (
              // Quotes are the seed documents' own words, which are Chinese: said so for screen readers.
              <blockquote lang={/[\u4e00-\u9fff]/.test(source.quote) ? "zh" : undefined}>{source.quote}</blockquote>
            )}
          </li>
        ) : (
          <li key={index}>{t("sourceRecords", { count: source.activityIds.length + source.observationIds.length })}</li>
        ),
      )}
    </ul>
  );
}

function Details(props: { readonly activity: Activity }) {
  const { language, t } = useLocale();
  const { activity } = props;
  const none = t("noneGiven");
  const list = (items: readonly string[]) => (items.length === 0 ? none : items.join(", "));
  return (
    <dl class="fields">
      <Field label={t("columnKind")}>{kindLabel(activity.kind, language)}</Field>
      <Field label={t("fieldTopics")}>{list(activity.topics.map((topic) => topicLabel(topic, language)))}</Field>
      <Field label={t("columnPeriod")}>{periodText(activity.period, language)}</Field>
      <Field label={t("columnCountries")}>
        {activity.countries.named.length > 0
          ? list(activity.countries.named.map((code) => placeName(code, language)))
          : activity.countries.count === undefined
            ? none
            : t("countedNotNamed", { count: activity.countries.count.value.toLocaleString(language) })}
      </Field>
      <Field label={t("fieldRegions")}>
        {activity.regions.m49.length + activity.regions.named.length === 0 ? (
          none
        ) : (
          <>
            {activity.regions.m49.map((code) => placeName(code, language)).join(", ")}
            {activity.regions.named.map((region, index) => (
              <span key={index}>
                {index > 0 || activity.regions.m49.length > 0 ? ", " : ""}
                <RecordText text={region.name} />
              </span>
            ))}
          </>
        )}
      </Field>
      <Field label={t("fieldPartners")}>
        {activity.partners.length === 0
          ? none
          : activity.partners.map((partner, index) => (
              <span key={index}>
                {index > 0 ? ", " : ""}
                <RecordText text={partner.name} />
                {partner.acronym === undefined ? "" : ` (${partner.acronym})`}
              </span>
            ))}
      </Field>
      <Field label={t("fieldAudiences")}>
        {list(activity.audiences.map((audience) => audienceLabel(audience, language)))}
      </Field>
      <Field label={t("fieldMandates")}>
        {activity.mandateIds.length === 0
          ? none
          : activity.mandateIds.map((id, index) => (
              <span key={id}>
                {index > 0 ? ", " : ""}
                <a href={hrefOf({ language, page: "dashboard", query: { mandate: id } })}>{id}</a>
              </span>
            ))}
      </Field>
    </dl>
  );
}

/** One activity: what, where, when, with whom, its results and its sources. */
export function ActivityPage(props: { readonly route: Route }) {
  const { language, t } = useLocale();
  const id = props.route.id ?? "";
  const loaded = useLoad(() => loadActivity(id), [id]);
  return (
    <Loading loaded={loaded}>
      {({ activity, results, indicators }) => (
        <article>
          <p>
            <a href={hrefOf({ language, page: "activities" })}>{t("navActivities")}</a>
          </p>
          <h1>
            <RecordText text={activity.title} />
          </h1>
          {activity.summary === undefined ? null : (
            <p class="lead">
              <RecordText text={activity.summary} />
            </p>
          )}
          <p class="record-actions">
            <a href={hrefOf({ language, page: "edit", id: activity.id })}>{t("editThisActivity")}</a>
          </p>
          <Details activity={activity} />
          <h2>{t("results")}</h2>
          {results.length === 0 ? (
            <p>{t("noResults")}</p>
          ) : (
            <ul>
              {results.map((observation: Observation) => {
                const indicator = indicators.get(observation.indicatorId);
                return (
                  <li key={observation.id}>
                    <strong>{formatMetricValue(observation.value, language)}</strong>{" "}
                    {indicator === undefined ? observation.indicatorId : <RecordText text={indicator.name} />}{" "}
                    <a
                      class="edit-link"
                      href={hrefOf({ language, page: "edit", id: activity.id, query: { observation: observation.id } })}
                    >
                      {t("editResult")}
                      <span class="visually-hidden"> {formatMetricValue(observation.value, language)}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
          <p>
            <a href={hrefOf({ language, page: "edit", id: activity.id, query: { observation: "new" } })}>
              {t("addResult")}
            </a>
          </p>
          <h2>{t("sources")}</h2>
          <Sources provenance={activity.provenance} />
        </article>
      )}
    </Loading>
  );
}
