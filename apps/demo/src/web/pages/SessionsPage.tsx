import { displayText, type Session, SESSION_FORMAT_LABELS, SESSION_STATUS_LABELS, describeDatesIn } from "@remit/core";
import { BodyName } from "../components/BodyName";
import { Loading } from "../components/Loading";
import { RecordText, recordTextPlain } from "../components/RecordText";
import { ReportsDue } from "../components/ReportsDue";
import { SessionTitle } from "../components/SessionTitle";
import type { BodiesById } from "../data/MandatesData";
import { loadReportsDue, loadSessions } from "../data/SessionsData";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { formField } from "../routing/formField";
import { navigate } from "../routing/navigate";
import { hrefOf, type Route } from "../routing/Route";

/** The session the reporting checklist opens on: the Commission's 30th, which received the 2021 report. */
const DEFAULT_BODY = "ccpcj";
const DEFAULT_SESSION = "30";

function DueAtSession(props: {
  readonly route: Route;
  readonly sessions: readonly Session[];
  readonly bodies: BodiesById;
}) {
  const locale = useLocale();
  const { language, t } = locale;
  const body = props.route.query.get("body") ?? DEFAULT_BODY;
  const number = props.route.query.get("session") ?? DEFAULT_SESSION;
  const loaded = useLoad(() => loadReportsDue(body, Number(number)), [body, number]);
  const numbered = [...new Set(props.sessions.filter((s) => s.number !== undefined).map((s) => s.bodyId))];
  const choose = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(
      hrefOf({
        language,
        page: "sessions",
        query: { body: formField(form, "body"), session: formField(form, "session") },
      }),
    );
  };
  const bodyRecord = props.bodies.get(body);
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">
        {t("reportsDueAt")} {bodyRecord === undefined ? body : <RecordText text={bodyRecord.name} />}
        {t("sessionNumber", { number: Number(number).toLocaleString(language) })}
      </h2>
      <form class="toolbar" onSubmit={choose}>
        <label>
          {t("chooseBody")}
          <select name="body" value={body}>
            {numbered.map((id) => (
              <option key={id} value={id}>
                {props.bodies.get(id) === undefined ? id : recordTextPlain(props.bodies.get(id)!.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("chooseSession")}
          <input name="session" type="number" min={1} value={number} size={4} inputMode="numeric" />
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      <Loading loaded={loaded}>{(due) => <ReportsDue due={due} headingId="due-heading" />}</Loading>
    </section>
  );
}

function SessionsOfBody(props: {
  readonly bodyId: string;
  readonly sessions: readonly Session[];
  readonly bodies: BodiesById;
}) {
  const { language, t } = useLocale();
  const heading = `body-${props.bodyId}`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>
        <BodyName id={props.bodyId} bodies={props.bodies} />
      </h2>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t("columnSession")}</th>
            <th scope="col">{t("columnDates")}</th>
            <th scope="col">{t("columnVenue")}</th>
            <th scope="col">{t("columnFormat")}</th>
            <th scope="col">{t("mandateStatus")}</th>
            <th scope="col">{t("columnChanges")}</th>
          </tr>
        </thead>
        <tbody>
          {props.sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                <a href={hrefOf({ language, page: "session", id: session.id })}>
                  <SessionTitle session={session} bodies={props.bodies} />
                </a>
              </th>
              <td>{describeDatesIn(session.schedule.dates, language, "reading")}</td>
              <td>
                {session.schedule.venue === undefined ? (
                  t("noneGiven")
                ) : (
                  <RecordText text={session.schedule.venue.city} />
                )}
              </td>
              <td>
                {session.schedule.format === undefined
                  ? t("noneGiven")
                  : displayText(SESSION_FORMAT_LABELS[session.schedule.format], [language])}
              </td>
              <td>{displayText(SESSION_STATUS_LABELS[session.schedule.status], [language])}</td>
              <td>
                {session.scheduleHistory.length === 0
                  ? t("noChanges")
                  : t("changeCount", { count: session.scheduleHistory.length })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The sessions and meetings of each body, with their schedule changes, and what is due at a session. */
export function SessionsPage(props: { readonly route: Route }) {
  const { t } = useLocale();
  const loaded = useLoad(loadSessions, []);
  return (
    <>
      <h1>{t("sessionsTitle")}</h1>
      <p class="lead">{t("sessionsIntro")}</p>
      <Loading loaded={loaded}>
        {({ sessions, bodies }) => {
          const bodyIds = [...new Set(sessions.map((session) => session.bodyId))];
          return (
            <>
              <DueAtSession route={props.route} sessions={sessions} bodies={bodies} />
              {bodyIds.map((bodyId) => (
                <SessionsOfBody
                  key={bodyId}
                  bodyId={bodyId}
                  sessions={sessions.filter((session) => session.bodyId === bodyId)}
                  bodies={bodies}
                />
              ))}
            </>
          );
        }}
      </Loading>
    </>
  );
}
