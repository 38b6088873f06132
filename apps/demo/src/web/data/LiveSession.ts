import type { LiveAction } from "@remit/core";
import type { ApiError, ClientOutput } from "@remit/web/client";
import { useEffect, useState } from "preact/hooks";
import { api } from "./Api";

/** The speakers' list and the clock as the API answers them. */
type LiveSession = ClientOutput<"getLiveSession">;

/** What a screen following a discussion knows: the last state the server sent, and when it arrived. */
export interface LiveFollow {
  readonly session?: LiveSession;
  /** `performance.now()` when the session arrived: the countdown runs from there, so clock skew does not matter. */
  readonly receivedAt: number;
  /** False while the event stream is down (the browser reconnects by itself). */
  readonly connected: boolean;
}

/**
 * Follows a discussion's live state through the API's event stream, and re-draws four times a
 * second so that the countdown moves between events.
 */
export function useLiveSession(discussionId: string): LiveFollow & { readonly now: number } {
  const [follow, setFollow] = useState<LiveFollow>({ receivedAt: performance.now(), connected: true });
  const [now, setNow] = useState(performance.now());
  useEffect(() => {
    const source = new EventSource(`/api/discussions/${encodeURIComponent(discussionId)}/live/events`);
    source.addEventListener("live", (event) => {
      const session = JSON.parse((event as MessageEvent<string>).data) as LiveSession;
      setFollow({ session, receivedAt: performance.now(), connected: true });
    });
    source.addEventListener("error", () => setFollow((last) => ({ ...last, connected: false })));
    const ticker = setInterval(() => setNow(performance.now()), 250);
    return () => {
      clearInterval(ticker);
      source.close();
    };
  }, [discussionId]);
  return { ...follow, now };
}

/** The seconds left for the speaker with the floor at `now` (negative once over), or undefined when nobody has it. */
export function secondsLeft(follow: LiveFollow, now: number): number | undefined {
  const reading = follow.session?.reading;
  if (reading === undefined) return undefined;
  const since = reading.state === "running" ? (now - follow.receivedAt) / 1000 : 0;
  return reading.remainingSeconds - since;
}

/** A duration as a clock reads it: 4:05, 10:00; the sign is the caller's to say. */
export function clockText(seconds: number, language: string): string {
  const whole = Math.floor(Math.abs(seconds));
  const minutes = Math.floor(whole / 60).toLocaleString(language);
  const rest = (whole % 60).toLocaleString(language, { minimumIntegerDigits: 2 });
  return `${minutes}:${rest}`;
}

/** Sends a moderator's action for the revision the screen shows; the API's error when refused. */
export async function sendLiveAction(
  discussionId: string,
  action: LiveAction,
  revision: number,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: ApiError }> {
  const result = await api.postLiveAction({ params: { id: discussionId }, body: action, revision });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
