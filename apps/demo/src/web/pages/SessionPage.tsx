import {
  displayText,
  type ProvisionalAgenda,
  SESSION_FORMAT_LABELS,
  SESSION_STATUS_LABELS,
  describeDatesIn,
} from "@remit/core";
import type { ComponentChildren } from "preact";
import { BodyName } from "../components/BodyName";
import { Decision18_1Checklist } from "../components/Decision18_1Checklist";
import { Loading } from "../components/Loading";
import { RecordText } from "../components/RecordText";
import { ReportsDue } from "../components/ReportsDue";
import { ScheduleTimeline } from "../components/ScheduleTimeline";
import { SessionTitle } from "../components/SessionTitle";
import { ThematicDiscussionView } from "../components/ThematicDiscussionView";
import { loadSession } from "../data/SessionsData";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { liveTranslator } from "../i18n/live/LiveCatalogs";
import { hrefOf, type Route } from "../routing/Route";
import { Sources } from "./ActivityPage";
import { isolate } from "../components/isolate";

function Field(props: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function Agenda(props: { readonly agenda: ProvisionalAgenda }) {
  const { t } = useLocale();
  const documents = (list: ProvisionalAgenda["items"][number]["documents"]) =>
    list.length === 0 ? null : (
      <ul class="agenda-documents">
        {list.map((document, index) => (
          <li key={index}>
            {document.symbol ?? ""}
            {document.symbol !== undefined && document.title !== undefined ? ": " : ""}
            {document.title === undefined ? null : <RecordText text={document.title} />}
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <p>{t("agendaSymbol", { symbol: isolate(props.agenda.symbol) })}</p>
      <ul class="agenda plain-list">
        {props.agenda.items.map((item) => (
          <li key={item.number}>
            <span class="numbering">{item.number}.</span> <RecordText text={item.title} />
            {documents(item.documents)}
            {item.subItems.length === 0 ? null : (
              <ul class="plain-list">
                {item.subItems.map((sub) => (
                  <li key={sub.number}>
                    <span class="numbering">{sub.number}</span> <RecordText text={sub.title} />
                    {documents(sub.documents)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One session: when and where it meets and every change of that, its agenda, the reports due, its thematic discussion and the decision 18/1 checklist. */
export function SessionPage(props: { readonly route: Route }) {
  const { language, t } = useLocale();
  const id = props.route.id ?? "";
  const loaded = useLoad(() => loadSession(id), [id]);
  return (
    <Loading loaded={loaded}>
      {({ session, discussions, check, due, bodies, mandates }) => (
        <article>
          <p>
            <a href={hrefOf({ language, page: "sessions" })}>{t("navSessions")}</a>
          </p>
          <h1>
            <SessionTitle session={session} bodies={bodies} />
          </h1>
          <dl class="fields">
            <Field label={t("columnBody")}>
              <BodyName id={session.bodyId} bodies={bodies} />
            </Field>
            <Field label={t("columnDates")}>{describeDatesIn(session.schedule.dates, language, "reading")}</Field>
            <Field label={t("columnVenue")}>
              {session.schedule.venue === undefined ? (
                t("noneGiven")
              ) : (
                <RecordText text={session.schedule.venue.city} />
              )}
            </Field>
            <Field label={t("columnFormat")}>
              {session.schedule.format === undefined
                ? t("noneGiven")
                : displayText(SESSION_FORMAT_LABELS[session.schedule.format], [language])}
              {session.schedule.formatNote === undefined ? null : (
                <>
                  {": "}
                  <RecordText text={session.schedule.formatNote} />
                </>
              )}
            </Field>
            <Field label={t("mandateStatus")}>
              {displayText(SESSION_STATUS_LABELS[session.schedule.status], [language])}
            </Field>
          </dl>
          <h2>{t("scheduleHistory")}</h2>
          {session.scheduleHistory.length === 0 ? (
            <p>{t("noChangesRecorded")}</p>
          ) : (
            <ScheduleTimeline session={session} mandates={mandates} />
          )}
          {session.agenda === undefined ? null : (
            <>
              <h2>{t("provisionalAgenda")}</h2>
              <Agenda agenda={session.agenda} />
            </>
          )}
          {due === undefined ? null : (
            <section aria-labelledby="due-heading">
              <h2 id="due-heading">{t("reportsDueHere")}</h2>
              <ReportsDue due={due} headingId="due-heading" />
            </section>
          )}
          {discussions.map((discussion) => {
            const findings = check?.discussions.find((entry) => entry.discussionId === discussion.id)?.findings ?? [];
            return (
              <section key={discussion.id} aria-labelledby={`discussion-${discussion.id}`}>
                <h2 id={`discussion-${discussion.id}`}>{t("thematicDiscussion")}</h2>
                <p>
                  <a href={hrefOf({ language, page: "live", id: discussion.id })}>
                    {liveTranslator(language)("runLive")}
                  </a>
                </p>
                <ThematicDiscussionView discussion={discussion} />
                <h3>{t("checklistTitle")}</h3>
                <p>{t("checklistIntro")}</p>
                <Decision18_1Checklist findings={findings} session={session} />
              </section>
            );
          })}
          {session.provenance === undefined || session.provenance.length === 0 ? null : (
            <>
              <h2>{t("sources")}</h2>
              <Sources provenance={session.provenance} />
            </>
          )}
        </article>
      )}
    </Loading>
  );
}
