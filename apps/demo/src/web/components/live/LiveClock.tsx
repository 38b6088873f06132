import { REGIONAL_GROUP_LABELS, displayText } from "@remit/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { clockText, secondsLeft, type LiveFollow } from "../../data/LiveSession";
import { useLocale } from "../../i18n/Locale";
import { liveTranslator } from "../../i18n/live/LiveCatalogs";
import "./live.css";

type Phase = "idle" | "running" | "warning" | "overrun";

/**
 * The clock of the speaker who has the floor: who, the time left (or over), and the limit of
 * decision 18/1. Crossing into the last minute and past the limit is announced once to screen
 * readers; the colours only repeat what the words say.
 */
export function LiveClock(props: { readonly follow: LiveFollow; readonly now: number }) {
  const { language } = useLocale();
  const t = liveTranslator(language);
  const reading = props.follow.session?.reading;
  const left = secondsLeft(props.follow, props.now);
  const phase: Phase =
    reading === undefined || left === undefined ? "idle" : left < 0 ? "overrun" : left <= 60 ? "warning" : "running";
  const [announced, setAnnounced] = useState("");
  const last = useRef<Phase>("idle");
  useEffect(() => {
    if (phase === last.current) return;
    if (phase === "warning") setAnnounced(t("oneMinuteLeft"));
    if (phase === "overrun" && left !== undefined) setAnnounced(t("overrunBy", { time: clockText(left, language) }));
    last.current = phase;
  }, [phase]);
  if (reading === undefined || left === undefined)
    return (
      <section class="live-clock" aria-live="polite">
        <p class="live-status">{t("nobodyHasFloor")}</p>
      </section>
    );
  const speaker = reading.speaker;
  const name = speaker.speaker ?? t("unnamedSpeaker");
  const group =
    speaker.regionalGroup === undefined
      ? undefined
      : displayText(REGIONAL_GROUP_LABELS[speaker.regionalGroup], [language]);
  return (
    <section class={`live-clock is-${phase}`}>
      <h2 class="live-speaker">
        {name}
        {group === undefined ? null : ` (${group})`}
      </h2>
      <p>
        {speaker.kind === "keynote" ? t("keynote") : t("intervention")}
        {" · "}
        {t("limitOf", { minutes: Math.round(reading.limitSeconds / 60) })}
      </p>
      <p
        class="live-time"
        role="timer"
        aria-label={
          left < 0
            ? t("overrunBy", { time: clockText(left, language) })
            : t("timeLeft", { time: clockText(left, language) })
        }
      >
        {left < 0 ? "+" : ""}
        {clockText(left, language)}
      </p>
      <p class="live-status">
        {left < 0
          ? t("overrunBy", { time: clockText(left, language) })
          : phase === "warning"
            ? t("oneMinuteLeft")
            : reading.state === "running"
              ? t("clockRunning")
              : t("clockPaused")}
        {reading.state === "paused" && left >= 0 && phase === "warning" ? ` · ${t("clockPaused")}` : ""}
      </p>
      <p class="live-announcement" aria-live="assertive">
        {announced}
      </p>
    </section>
  );
}
