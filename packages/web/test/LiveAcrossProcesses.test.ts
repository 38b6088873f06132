// Two API processes behind one address: the moderator's screen talks to one, the projector's to
// the other, both separate `node` processes over the same store. The clock the projector shows
// must be the one the moderator set, on PostgreSQL (LISTEN/NOTIFY) as on SQLite (one file).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";
import { readLiveEvents, type LiveSessionEvent } from "./LiveEventReader";
import { startSecondApi, type SecondApi } from "./SecondApiProcess";

const DISCUSSION = "/discussions/ccpcj-20-thematic-discussion/live";

describe.each(BACKENDS)("two API processes over one %s store", (backend) => {
  let seeded: TestApi;
  let moderatorProcess: SecondApi;
  let projectorProcess: SecondApi;
  beforeAll(async () => {
    seeded = await startApi(backend);
    [moderatorProcess, projectorProcess] = await Promise.all([
      startSecondApi(seeded.location),
      startSecondApi(seeded.location),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([moderatorProcess?.stop(), projectorProcess?.stop()]);
    await seeded?.stop();
  });

  /** A moderator's action sent to the moderator's process, on the revision the screen shows. */
  async function act(body: unknown, revision: number): Promise<LiveSessionEvent> {
    const response = await fetch(`${moderatorProcess.url}${DISCUSSION}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${seeded.tokens.editor}`,
        "content-type": "application/json",
        "if-match": `"${revision}"`,
      },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as LiveSessionEvent;
  }

  it("start, pause and next sent to one process reach the projector following the other", async () => {
    expect(new Set([process.pid, moderatorProcess.pid, projectorProcess.pid]).size).toBe(3);
    const projector = await readLiveEvents(`${projectorProcess.url}${DISCUSSION}/events`);
    try {
      let shown = await projector.until(() => true);
      for (const speaker of ["Delegate of Brazil", "Delegate of Kenya"]) {
        const added = await act({ action: "add", speaker: { kind: "intervention", speaker } }, shown.revision);
        shown = await projector.until((session) => session.revision === added.revision);
      }
      const first = shown.speakersList.length - 2;
      const steps: readonly [unknown, (session: LiveSessionEvent) => boolean][] = [
        [{ action: "start", index: first }, (s) => s.reading?.state === "running" && s.reading.current === first],
        [{ action: "pause" }, (s) => s.reading?.state === "paused" && s.reading.current === first],
        [{ action: "next" }, (s) => s.reading?.state === "running" && s.reading.current === first + 1],
      ];
      for (const [action, expected] of steps) {
        const acted = await act(action, shown.revision);
        expect(expected(acted)).toBe(true);
        shown = await projector.until((session) => session.revision === acted.revision);
        expect(expected(shown)).toBe(true);
      }
    } finally {
      projector.close();
    }
  });
});
