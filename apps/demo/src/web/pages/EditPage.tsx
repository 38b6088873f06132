import { everyPage, type DocumentProvenance } from "@remit/core";
import { useState } from "preact/hooks";
import { ActivityForm } from "../components/edit/ActivityForm";
import { ObservationForm } from "../components/edit/ObservationForm";
import { Loading } from "../components/Loading";
import { RecordText } from "../components/RecordText";
import { api, valueOf } from "../data/Api";
import { useSignedIn } from "../data/useSignedIn";
import { loadMandates } from "../data/MandatesData";
import { useLoad } from "../data/useLoad";
import { editTranslator, type EditTranslate } from "../i18n/edit/EditCatalogs";
import { useLocale } from "../i18n/Locale";
import { navigate } from "../routing/navigate";
import { hrefOf, type Route } from "../routing/Route";

async function loadActivityForm(id: string | undefined) {
  const [stored, { mandates }] = await Promise.all([
    id === undefined ? Promise.resolve(undefined) : valueOf(api.getActivity({ params: { id } })),
    loadMandates(),
  ]);
  return { stored, mandates };
}

async function loadObservationForm(activityId: string, observationId: string | undefined) {
  const [activity, stored, indicators] = await Promise.all([
    valueOf(api.getActivity({ params: { id: activityId } })),
    observationId === undefined
      ? Promise.resolve(undefined)
      : valueOf(api.getObservation({ params: { id: observationId } })),
    everyPage((cursor) => valueOf(api.listIndicators({ query: { limit: 1000, cursor } }))),
  ]);
  const first = activity.record.provenance[0];
  const source: DocumentProvenance | undefined = first?.source === "document" ? first : undefined;
  return { activity: activity.record, source, stored, indicators: indicators.map((item) => item.record) };
}

/** Says, above a form, that saving needs signing in, with a link that comes back here. */
function SignInFirst(props: { readonly t: EditTranslate }) {
  const { language } = useLocale();
  if (useSignedIn()) return null;
  return (
    <p class="save-notice">
      {props.t("needSignIn")}{" "}
      <a href={hrefOf({ language, page: "sign-in", query: { back: location.pathname + location.search } })}>
        {props.t("signInLink")}
      </a>
    </p>
  );
}

/** After a reload asked for by a stale edit, says that the form now shows the latest version. */
function Reloaded(props: { readonly shown: boolean; readonly t: EditTranslate }) {
  return props.shown ? (
    <p class="status" role="status">
      {props.t("reloaded")}
    </p>
  ) : null;
}

function ActivityEdit(props: { readonly id: string | undefined }) {
  const { language } = useLocale();
  const t = editTranslator(language);
  const [reloads, setReloads] = useState(0);
  const loaded = useLoad(() => loadActivityForm(props.id), [props.id, reloads]);
  const back = () =>
    navigate(
      hrefOf(props.id === undefined ? { language, page: "activities" } : { language, page: "activity", id: props.id }),
    );
  return (
    <>
      <h1>{props.id === undefined ? t("newActivity") : t("editActivity")}</h1>
      <SignInFirst t={t} />
      <Reloaded shown={reloads > 0} t={t} />
      <Loading loaded={loaded}>
        {({ stored, mandates }) => (
          <>
            {stored === undefined ? null : (
              <p class="lead">
                <RecordText text={stored.record.title} />
              </p>
            )}
            <ActivityForm
              key={stored?.revision ?? 0}
              stored={stored}
              mandates={mandates}
              onSaved={(id) => navigate(hrefOf({ language, page: "activity", id }))}
              onReload={() => setReloads((count) => count + 1)}
              onCancel={back}
            />
          </>
        )}
      </Loading>
    </>
  );
}

function ObservationEdit(props: { readonly activityId: string; readonly observationId: string | undefined }) {
  const { language } = useLocale();
  const t = editTranslator(language);
  const [reloads, setReloads] = useState(0);
  const loaded = useLoad(
    () => loadObservationForm(props.activityId, props.observationId),
    [props.activityId, props.observationId, reloads],
  );
  const back = () => navigate(hrefOf({ language, page: "activity", id: props.activityId }));
  return (
    <>
      <h1>{props.observationId === undefined ? t("newObservation") : t("editObservation")}</h1>
      <SignInFirst t={t} />
      <Reloaded shown={reloads > 0} t={t} />
      <Loading loaded={loaded}>
        {({ activity, source, stored, indicators }) => (
          <>
            <p class="lead">
              <a href={hrefOf({ language, page: "activity", id: activity.id })}>
                <RecordText text={activity.title} />
              </a>
            </p>
            <ObservationForm
              key={stored?.revision ?? 0}
              activityId={activity.id}
              activitySource={source}
              stored={stored}
              indicators={indicators}
              onSaved={back}
              onReload={() => setReloads((count) => count + 1)}
              onCancel={back}
            />
          </>
        )}
      </Loading>
    </>
  );
}

/**
 * The edit pages: `/{lang}/edit` creates an activity, `/{lang}/edit/{activity}` edits one,
 * `?observation=new` adds a result to it and `?observation={id}` edits one of its results.
 */
export function EditPage(props: { readonly route: Route }) {
  const { id, query } = props.route;
  const observation = query.get("observation");
  if (id !== undefined && observation !== null)
    return <ObservationEdit activityId={id} observationId={observation === "new" ? undefined : observation} />;
  return <ActivityEdit id={id} />;
}
