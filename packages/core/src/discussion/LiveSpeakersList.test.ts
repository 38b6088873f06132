import { describe, expect, it } from "vitest";
import { checkInterventionLength, checkKeynoteLength } from "./Decision18_1Speakers";
import { applyLiveAction, liveReading, type LiveAction } from "./LiveSpeakersList";
import { ThematicDiscussion } from "./ThematicDiscussion";

const opening = ThematicDiscussion.parse({
  id: "ccpcj-20-thematic-discussion",
  sessionId: "ccpcj-20",
  theme: { en: "Protecting children in a digital age" },
  subTopics: [],
  questionGroups: [],
  speakersList: [
    { kind: "keynote", speaker: "Panellist A", regionalGroup: "western-european-other" },
    { kind: "intervention", speaker: "Delegate B", regionalGroup: "latin-american-caribbean" },
  ],
});

const at = (seconds: number) => new Date(Date.parse("2011-04-12T10:00:00Z") + seconds * 1000);

function act(discussion: ThematicDiscussion, action: LiveAction, seconds: number): ThematicDiscussion {
  const result = applyLiveAction(discussion, action, at(seconds));
  if (!result.ok) throw new Error(result.error.message);
  return ThematicDiscussion.parse(result.value);
}

describe("the moderator's clock over the speakers' list", () => {
  it("gives the floor to the first speaker who has not spoken, with the keynote's ten minutes", () => {
    const running = act(opening, { action: "start" }, 0);
    const reading = liveReading(running, at(90));
    expect(reading).toMatchObject({ current: 0, state: "running", limitSeconds: 600, elapsedSeconds: 90 });
    expect(reading?.remainingSeconds).toBe(510);
    expect(reading?.warning).toBe(false);
  });

  it("warns in the last minute and flags an overrun against decision 18/1's limit", () => {
    const running = act(opening, { action: "start", index: 1 }, 0);
    expect(liveReading(running, at(239))?.warning).toBe(false);
    expect(liveReading(running, at(241))).toMatchObject({ warning: true, overrun: false, limitSeconds: 300 });
    expect(liveReading(running, at(301))).toMatchObject({ warning: false, overrun: true });
  });

  it("a pause stops the clock and keeps the seconds used; resuming goes on from them", () => {
    let discussion = act(opening, { action: "start" }, 0);
    discussion = act(discussion, { action: "pause" }, 100);
    expect(discussion.speakersList[0]?.usedSeconds).toBe(100);
    expect(liveReading(discussion, at(500))).toMatchObject({ state: "paused", elapsedSeconds: 100 });
    discussion = act(discussion, { action: "start" }, 500);
    expect(liveReading(discussion, at(530))?.elapsedSeconds).toBe(130);
  });

  it("next records the turn's seconds and gives the floor to the following speaker; past the last, the clock ends", () => {
    let discussion = act(opening, { action: "start" }, 0);
    discussion = act(discussion, { action: "next" }, 640);
    expect(discussion.speakersList[0]?.usedSeconds).toBe(640);
    expect(liveReading(discussion, at(700))).toMatchObject({ current: 1, elapsedSeconds: 60 });
    discussion = act(discussion, { action: "next" }, 900);
    expect(discussion.liveTimer).toBeUndefined();
    expect(discussion.speakersList.map((entry) => entry.usedSeconds)).toEqual([640, 260]);
  });

  it("the decision 18/1 check then reads what happened in the room: the keynote ran over", () => {
    let discussion = act(opening, { action: "start" }, 0);
    discussion = act(discussion, { action: "next" }, 640);
    discussion = act(discussion, { action: "stop" }, 900);
    expect(checkKeynoteLength(discussion.speakersList).map((finding) => finding.status)).toEqual(["violation"]);
    expect(checkInterventionLength(discussion.speakersList).map((finding) => finding.status)).toEqual(["ok"]);
  });

  it("adding a speaker appends to the list while the clock runs", () => {
    const running = act(opening, { action: "start" }, 0);
    const added = act(running, { action: "add", speaker: { kind: "intervention", regionalGroup: "african" } }, 10);
    expect(added.speakersList).toHaveLength(3);
    expect(liveReading(added, at(20))?.elapsedSeconds).toBe(20);
  });

  it("refuses what cannot be done, saying what to do instead", () => {
    const empty = ThematicDiscussion.parse({ ...opening, speakersList: [] });
    const nothing = applyLiveAction(empty, { action: "start" }, at(0));
    expect(nothing).toMatchObject({ ok: false, error: { _tag: "LiveActionRefused", action: "start" } });
    if (!nothing.ok) expect(nothing.error.message).toContain("add a speaker");
    expect(applyLiveAction(opening, { action: "pause" }, at(0)).ok).toBe(false);
    expect(applyLiveAction(opening, { action: "next" }, at(0)).ok).toBe(false);
    const running = act(opening, { action: "start" }, 0);
    expect(applyLiveAction(running, { action: "start" }, at(5)).ok).toBe(false);
    expect(applyLiveAction(running, { action: "start", index: 1 }, at(5)).ok).toBe(false);
  });

  it("a clock pointing past the end of the list does not validate", () => {
    const parsed = ThematicDiscussion.safeParse({
      ...opening,
      liveTimer: { current: 2, state: "running", since: "2011-04-12T10:00:00.000Z", elapsedSeconds: 0 },
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.path).toEqual(["liveTimer", "current"]);
  });
});
