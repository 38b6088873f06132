import { REGIONAL_GROUPS, REGIONAL_GROUP_LABELS, displayText, type LiveAction, type SpeakerKind } from "@remit/core";
import { useState } from "preact/hooks";
import { LiveClock } from "../components/live/LiveClock";
import { RecordText } from "../components/RecordText";
import { api, valueOf } from "../data/Api";
import { useSignedIn } from "../data/useSignedIn";
import { clockText, sendLiveAction, useLiveSession } from "../data/LiveSession";
import { useLoad } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";
import { liveTranslator } from "../i18n/live/LiveCatalogs";
import { hrefOf, type Route } from "../routing/Route";

/** The form that puts a speaker on the list: kind, name (optional) and regional group (optional). */
function AddSpeaker(props: { readonly onAdd: (action: LiveAction) => void; readonly disabled: boolean }) {
  const { language } = useLocale();
  const t = liveTranslator(language);
  const [kind, setKind] = useState<SpeakerKind>("intervention");
  const [name, setName] = useState("");
  const [group, setGroup] = useState("");
  return (
    <form
      class="live-add"
      onSubmit={(event) => {
        event.preventDefault();
        props.onAdd({
          action: "add",
          speaker: {
            kind,
            ...(name.trim() === "" ? {} : { speaker: name.trim() }),
            ...(group === "" ? {} : { regionalGroup: group as (typeof REGIONAL_GROUPS)[number] }),
          },
        });
        setName("");
      }}
    >
      <label>
        {t("speakerKind")}
        <select value={kind} onChange={(event) => setKind(event.currentTarget.value as SpeakerKind)}>
          <option value="keynote">{t("keynote")}</option>
          <option value="intervention">{t("intervention")}</option>
        </select>
      </label>
      <label>
        {t("speakerName")}
        <input value={name} onInput={(event) => setName(event.currentTarget.value)} autoComplete="off" />
      </label>
      <label>
        {t("regionalGroup")}
        <select value={group} onChange={(event) => setGroup(event.currentTarget.value)}>
          <option value="">{t("groupNotStated")}</option>
          {REGIONAL_GROUPS.map((code) => (
            <option key={code} value={code}>
              {displayText(REGIONAL_GROUP_LABELS[code], [language])}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={props.disabled}>
        {t("add")}
      </button>
    </form>
  );
}

/**
 * The moderator's screen of a thematic discussion: the clock of the speaker with the floor, the
 * controls (start or resume, pause, next, stop), the speakers' list with the time each used, and
 * a form to add speakers. Every action goes to the API with the revision shown, so two
 * moderators' screens cannot both act on the same state; the projector view follows.
 */
export function LivePage(props: { readonly route: Route }) {
  const { language } = useLocale();
  const t = liveTranslator(language);
  const id = props.route.id ?? "";
  const discussion = useLoad(() => valueOf(api.getDiscussion({ params: { id } })), [id]);
  const follow = useLiveSession(id);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const signedIn = useSignedIn();
  const session = follow.session;
  const reading = session?.reading;

  const act = async (action: LiveAction) => {
    if (session === undefined) return;
    setBusy(true);
    const result = await sendLiveAction(id, action, session.revision);
    setBusy(false);
    if (result.ok) return setNotice(undefined);
    const { status, message } = result.error;
    setNotice(
      status === 412
        ? t("staleReloaded")
        : status === 401 || status === 403
          ? t("signInToModerate")
          : t("actionRefused", { reason: message }),
    );
  };

  const theme = discussion.state === "ready" ? discussion.value.record.theme : undefined;
  const canAct = signedIn && session !== undefined && !busy;
  return (
    <>
      <h1>{t("speakersList")}</h1>
      {theme === undefined ? null : (
        <p class="lead">
          <RecordText text={theme} />
        </p>
      )}
      {discussion.state === "failed" ? <p role="alert">{discussion.message}</p> : null}
      <p>
        <a href={hrefOf({ language, page: "projector", id })} target="_blank" rel="noopener">
          {t("openProjector")}
        </a>
      </p>
      {signedIn ? null : (
        <p class="live-notice">
          <a href={hrefOf({ language, page: "sign-in", query: { back: location.pathname } })}>
            {t("signInToModerate")}
          </a>
        </p>
      )}
      {follow.connected ? null : <p role="status">{t("connectionLost")}</p>}
      <LiveClock follow={follow} now={follow.now} />
      <div class="live-controls" role="group" aria-label={t("speakersList")}>
        <button
          type="button"
          disabled={!canAct || reading?.state === "running"}
          onClick={() => void act({ action: "start" })}
        >
          {reading?.state === "paused" ? t("resume") : t("start")}
        </button>
        <button
          type="button"
          disabled={!canAct || reading?.state !== "running"}
          onClick={() => void act({ action: "pause" })}
        >
          {t("pause")}
        </button>
        <button type="button" disabled={!canAct || reading === undefined} onClick={() => void act({ action: "next" })}>
          {t("next")}
        </button>
        <button type="button" disabled={!canAct || reading === undefined} onClick={() => void act({ action: "stop" })}>
          {t("stop")}
        </button>
      </div>
      {notice === undefined ? null : (
        <p class="live-notice" role="alert">
          {notice}
        </p>
      )}
      <h2>{t("columnSpeaker")}</h2>
      {session === undefined || session.speakersList.length === 0 ? (
        <p>{t("noSpeakers")}</p>
      ) : (
        <table class="live-table">
          <thead>
            <tr>
              <th scope="col">{t("columnOrder")}</th>
              <th scope="col">{t("columnSpeaker")}</th>
              <th scope="col">{t("columnKind")}</th>
              <th scope="col">{t("columnGroup")}</th>
              <th scope="col">{t("columnUsed")}</th>
              <th scope="col">
                <span class="live-announcement">{t("giveFloor")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {session.speakersList.map((entry, index) => {
              const hasFloor = reading?.current === index;
              return (
                <tr key={index} class={hasFloor ? "has-floor" : undefined} aria-current={hasFloor ? "true" : undefined}>
                  <td>{(index + 1).toLocaleString(language)}</td>
                  <td>
                    {entry.speaker ?? t("unnamedSpeaker")}
                    {hasFloor ? ` · ${t("hasTheFloor")}` : ""}
                  </td>
                  <td>{entry.kind === "keynote" ? t("keynote") : t("intervention")}</td>
                  <td>
                    {entry.regionalGroup === undefined
                      ? t("groupNotStated")
                      : displayText(REGIONAL_GROUP_LABELS[entry.regionalGroup], [language])}
                  </td>
                  <td>{entry.usedSeconds === undefined ? "" : clockText(entry.usedSeconds, language)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={!canAct || (hasFloor && reading?.state === "running")}
                      onClick={() => void act({ action: "start", index })}
                    >
                      {t("giveFloor")}
                      <span class="live-announcement"> {entry.speaker ?? (index + 1).toLocaleString(language)}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>{t("addSpeaker")}</h2>
      <AddSpeaker onAdd={(action) => void act(action)} disabled={!canAct} />
    </>
  );
}
