import type { Result } from "../result/Result";
import * as z from "zod/mini";
import type { LiveTimer } from "./LiveTimer";
import { INTERVENTION_LIMIT_SECONDS, KEYNOTE_LIMIT_SECONDS, SpeakerEntry } from "./SpeakersList";
import type { ThematicDiscussion } from "./ThematicDiscussion";

/** The countdown warns when this many seconds or fewer are left. */
export const LIVE_WARNING_SECONDS = 60;

/**
 * What a moderator does to the speakers' list: add a speaker, give the floor (start, or resume
 * after a pause), pause, move to the next speaker, or stop. Ending a turn (next, stop) and
 * pausing write the seconds used into the speaker's entry, so the decision 18/1 check reads what
 * happened in the room.
 */
export const LiveAction = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("add"), speaker: SpeakerEntry }),
  z.strictObject({
    action: z.literal("start"),
    /** The entry to give the floor to; by default the paused one, else the first who has not spoken. */
    index: z.optional(z.int().check(z.nonnegative())),
  }),
  z.strictObject({ action: z.literal("pause") }),
  z.strictObject({ action: z.literal("next") }),
  z.strictObject({ action: z.literal("stop") }),
]);
/** A moderator's action on the speakers' list. */
export type LiveAction = z.infer<typeof LiveAction>;

/** The action cannot be applied to the list as it stands; the message says what to do instead. */
export interface LiveActionRefused {
  readonly _tag: "LiveActionRefused";
  readonly action: LiveAction["action"];
  readonly message: string;
}

/** The discussion after an action, or why the action was refused. */
export type LiveActionResult = Result<ThematicDiscussion, LiveActionRefused>;

/** How the clock of the speaker who has the floor reads at an instant. */
export interface LiveReading {
  readonly current: number;
  readonly speaker: SpeakerEntry;
  readonly state: LiveTimer["state"];
  /** The decision 18/1 limit for this kind of speaker: 600 s for a keynote, 300 s for an intervention. */
  readonly limitSeconds: number;
  readonly elapsedSeconds: number;
  /** Seconds left before the limit; negative once the speaker has overrun. */
  readonly remainingSeconds: number;
  /** One minute or less is left and the limit is not yet reached. */
  readonly warning: boolean;
  /** The speaker has spoken longer than decision 18/1 allows. */
  readonly overrun: boolean;
}

/** The decision 18/1 limit on a speaker's time. */
export function speakingLimit(entry: SpeakerEntry): number {
  return entry.kind === "keynote" ? KEYNOTE_LIMIT_SECONDS : INTERVENTION_LIMIT_SECONDS;
}

function secondsBetween(since: string, now: Date): number {
  return Math.max(0, (now.getTime() - Date.parse(since)) / 1000);
}

/** The seconds the speaker with the floor has used by `now`. */
function elapsedAt(timer: LiveTimer, now: Date): number {
  return timer.elapsedSeconds + (timer.state === "running" ? secondsBetween(timer.since, now) : 0);
}

/**
 * How the clock reads at `now`, or undefined when nobody has the floor.
 * @example liveReading(discussion, new Date())?.remainingSeconds // 42.5
 */
export function liveReading(discussion: ThematicDiscussion, now: Date): LiveReading | undefined {
  const timer = discussion.liveTimer;
  const speaker = timer === undefined ? undefined : discussion.speakersList[timer.current];
  if (timer === undefined || speaker === undefined) return undefined;
  const limitSeconds = speakingLimit(speaker);
  const elapsedSeconds = elapsedAt(timer, now);
  const remainingSeconds = limitSeconds - elapsedSeconds;
  return {
    current: timer.current,
    speaker,
    state: timer.state,
    limitSeconds,
    elapsedSeconds,
    remainingSeconds,
    warning: remainingSeconds > 0 && remainingSeconds <= LIVE_WARNING_SECONDS,
    overrun: remainingSeconds < 0,
  };
}

function refused(action: LiveAction["action"], message: string): LiveActionResult {
  return { ok: false, error: { _tag: "LiveActionRefused", action, message } };
}

/** The list with the seconds used so far written into the entry that has the floor. */
function withUsedSeconds(discussion: ThematicDiscussion, timer: LiveTimer, now: Date): SpeakerEntry[] {
  return discussion.speakersList.map((entry, index) =>
    index === timer.current ? { ...entry, usedSeconds: Math.round(elapsedAt(timer, now)) } : entry,
  );
}

function withoutTimer(discussion: ThematicDiscussion, speakersList: SpeakerEntry[]): ThematicDiscussion {
  const { liveTimer: _ended, ...rest } = discussion;
  return { ...rest, speakersList };
}

function start(discussion: ThematicDiscussion, index: number | undefined, now: Date): LiveActionResult {
  const timer = discussion.liveTimer;
  if (timer?.state === "running" && (index === undefined || index === timer.current))
    return refused("start", `speaker ${timer.current + 1} already has the floor and the clock is running`);
  if (timer?.state === "running")
    return refused("start", `speaker ${timer.current + 1} has the floor; pause or move to the next speaker first`);
  const chosen =
    index ?? timer?.current ?? discussion.speakersList.findIndex((entry) => entry.usedSeconds === undefined);
  const entry = discussion.speakersList[chosen];
  if (entry === undefined)
    return refused(
      "start",
      discussion.speakersList.length === 0
        ? "the speakers' list is empty; add a speaker before starting the clock"
        : index === undefined
          ? "every speaker on the list has spoken; add a speaker, or name the entry to give the floor to again"
          : `the speakers' list has ${discussion.speakersList.length} entries; there is no entry ${index + 1}`,
    );
  const resumed = timer !== undefined && timer.current === chosen ? timer.elapsedSeconds : (entry.usedSeconds ?? 0);
  const speakersList =
    timer === undefined || timer.current === chosen ? discussion.speakersList : withUsedSeconds(discussion, timer, now);
  return {
    ok: true,
    value: {
      ...discussion,
      speakersList,
      liveTimer: { current: chosen, state: "running", since: now.toISOString(), elapsedSeconds: resumed },
    },
  };
}

/**
 * Applies a moderator's action at `now`. Pausing, moving on and stopping record the seconds
 * the speaker used (rounded to the second) in their entry; `next` gives the floor to the
 * following entry with a fresh clock, and past the last entry ends the timer.
 * @example applyLiveAction(discussion, { action: "next" }, new Date())
 */
export function applyLiveAction(discussion: ThematicDiscussion, action: LiveAction, now: Date): LiveActionResult {
  const timer = discussion.liveTimer;
  switch (action.action) {
    case "add":
      return { ok: true, value: { ...discussion, speakersList: [...discussion.speakersList, action.speaker] } };
    case "start":
      return start(discussion, action.index, now);
    case "pause": {
      if (timer?.state !== "running") return refused("pause", "the clock is not running; start it first");
      const elapsedSeconds = elapsedAt(timer, now);
      return {
        ok: true,
        value: {
          ...discussion,
          speakersList: withUsedSeconds(discussion, timer, now),
          liveTimer: { ...timer, state: "paused", since: now.toISOString(), elapsedSeconds },
        },
      };
    }
    case "next": {
      if (timer === undefined) return refused("next", "nobody has the floor; start the clock first");
      const speakersList = withUsedSeconds(discussion, timer, now);
      const following = timer.current + 1;
      if (following >= speakersList.length) return { ok: true, value: withoutTimer(discussion, speakersList) };
      return {
        ok: true,
        value: {
          ...discussion,
          speakersList,
          liveTimer: { current: following, state: "running", since: now.toISOString(), elapsedSeconds: 0 },
        },
      };
    }
    case "stop":
      if (timer === undefined) return refused("stop", "nobody has the floor; there is no clock to stop");
      return { ok: true, value: withoutTimer(discussion, withUsedSeconds(discussion, timer, now)) };
  }
}
