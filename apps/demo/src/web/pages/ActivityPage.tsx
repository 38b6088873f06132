import {
  countriesTextIn,
  citationLabelIn,
  displayText,
  everyPage,
  formatMetricValue,
  joinItems,
  joinItemsIn,
  type Activity,
  type Mandate,
  type Observation,
  type Provenance,
  formatPeriodIn,
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  AUDIENCE_LABELS,
  codeLabelIn,
} from "@remit/core";
import type { ComponentChildren } from "preact";
import { placeName } from "../components/Labels";
import { ListOf } from "../components/ListOf";
import { Loading } from "../components/Loading";
import { MandateName } from "../components/MandateName";
import { RecordText } from "../components/RecordText";
import { api, valueOf } from "../data/Api";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { hrefOf, type Route } from "../routing/Route";
import { isolate } from "../components/isolate";

async function loadActivity(id: string) {
  const [stored, observations, indicators, mandates] = await Promise.all([
    valueOf(api.getActivity({ params: { id } })),
    everyPage((cursor) => valueOf(api.listObservations({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listIndicators({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } }))),
  ]);
  return {
    activity: stored.record,
    mandates: new Map(mandates.map((item) => [item.record.id, item.record])),
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
              ? isolate(source.symbol)
              : t("sourceParagraphs", {
                  symbol: isolate(source.symbol),
                  paragraphs: joinItems(
                    source.paragraphs.map((n) => n.toLocaleString(language)),
                    language,
                  ),
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

function Details(props: { readonly activity: Activity; readonly mandates: ReadonlyMap<string, Mandate> }) {
  const { language, t } = useLocale();
  const { activity } = props;
  const none = t("noneGiven");
  // Core's list joining: "A and B" as the language writes it, "A, as well as B and C" when an item holds an "and".
  const list = (items: readonly string[]) => (items.length === 0 ? none : joinItemsIn(language, items));
  const m49 = activity.regions.m49.map((code) => placeName(code, language));
  const regions = [
    ...m49,
    ...activity.regions.named.map((region, index) => <RecordText key={index} text={region.name} />),
  ];
  const regionTexts = [...m49, ...activity.regions.named.map((region) => displayText(region.name, [language]))];
  const partnerText = (partner: Activity["partners"][number]) =>
    `${displayText(partner.name, [language])}${partner.acronym === undefined ? "" : ` (${partner.acronym})`}`;
  const mandateOf = (id: string): Pick<Mandate, "id" | "symbol" | "title"> => props.mandates.get(id) ?? { id };
  const mandateText = (mandate: Pick<Mandate, "id" | "symbol" | "title">) =>
    mandate.symbol !== undefined
      ? citationLabelIn(mandate.symbol, language)
      : mandate.title === undefined
        ? mandate.id
        : displayText(mandate.title, [language]);
  return (
    <dl class="fields">
      <Field label={t("columnKind")}>{codeLabelIn(ACTIVITY_KIND_LABELS, activity.kind, language)}</Field>
      <Field label={t("fieldTopics")}>
        {list(activity.topics.map((topic) => codeLabelIn(ACTIVITY_TOPIC_LABELS, topic, language)))}
      </Field>
      <Field label={t("columnPeriod")}>{formatPeriodIn(activity.period, language)}</Field>
      <Field label={t("columnCountries")}>
        {countriesTextIn(activity.countries, language, (code) => placeName(code, language)) ?? none}
      </Field>
      <Field label={t("fieldRegions")}>
        {regions.length === 0 ? none : <ListOf items={regions} texts={regionTexts} language={language} />}
      </Field>
      <Field label={t("fieldPartners")}>
        {activity.partners.length === 0 ? (
          none
        ) : (
          <ListOf
            language={language}
            texts={activity.partners.map(partnerText)}
            items={activity.partners.map((partner, index) => (
              <span key={index}>
                <RecordText text={partner.name} />
                {partner.acronym === undefined ? "" : ` (${partner.acronym})`}
              </span>
            ))}
          />
        )}
      </Field>
      <Field label={t("fieldAudiences")}>
        {list(activity.audiences.map((audience) => codeLabelIn(AUDIENCE_LABELS, audience, language)))}
      </Field>
      <Field label={t("fieldMandates")}>
        {activity.mandateIds.length === 0 ? (
          none
        ) : (
          <ListOf
            language={language}
            texts={activity.mandateIds.map((id) => mandateText(mandateOf(id)))}
            items={activity.mandateIds.map((id) => (
              <MandateName key={id} mandate={mandateOf(id)} />
            ))}
          />
        )}
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
      {({ activity, results, indicators, mandates }) => (
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
          <Details activity={activity} mandates={mandates} />
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
