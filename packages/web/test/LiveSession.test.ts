// The live session mode over HTTP: a moderator acts through one API process, a projector
// screen follows through another process on the same store, on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";
import { readLiveEvents, type LiveSessionEvent } from "./LiveEventReader";
import { startSecondApi, type SecondApi } from "./SecondApiProcess";

const DISCUSSION = "/discussions/ccpcj-20-thematic-discussion/live";

describe.each(BACKENDS)("the live session mode on %s", (backend) => {
  let api: TestApi;
  let projector: SecondApi;
  beforeAll(async () => {
    api = await startApi(backend);
    projector = await startSecondApi(api.location);
  }, 60_000);
  afterAll(async () => {
    await projector?.stop();
    await api?.stop();
  });

  async function act(body: unknown, revision: number): Promise<Response> {
    return api.call(DISCUSSION, {
      method: "POST",
      role: "editor",
      headers: { "content-type": "application/json", "if-match": `"${revision}"` },
      body: JSON.stringify(body),
    });
  }

  it("a projector served by another process follows the moderator's clock through the store", async () => {
    expect(projector.pid).not.toBe(process.pid);
    const before = (await (await api.call(DISCUSSION, { role: "viewer" })).json()) as LiveSessionEvent;
    const added = await act({ action: "add", speaker: { kind: "keynote", speaker: "Panellist A" } }, before.revision);
    expect(added.status).toBe(200);
    const afterAdd = (await added.json()) as LiveSessionEvent;
    const screen = await readLiveEvents(`${projector.url}${DISCUSSION}/events`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = await act({ action: "start", index: afterAdd.speakersList.length - 1 }, afterAdd.revision);
    expect(started.status).toBe(200);
    const last = await screen.until((session) => session.reading?.state === "running").finally(screen.close);
    expect(last?.reading).toMatchObject({
      state: "running",
      limitSeconds: 600,
      current: afterAdd.speakersList.length - 1,
    });
    expect(last?.revision).toBe(afterAdd.revision + 1);
  });

  it("a second screen acting on the same revision gets 412, and nothing is lost", async () => {
    const now = (await (await api.call(DISCUSSION, { role: "viewer" })).json()) as LiveSessionEvent;
    const first = await act({ action: "pause" }, now.revision);
    const second = await act({ action: "pause" }, now.revision);
    expect([first.status, second.status]).toEqual([200, 412]);
    const paused = (await first.json()) as LiveSessionEvent;
    expect(paused.reading?.state).toBe("paused");
    expect(paused.speakersList[paused.reading!.current]?.usedSeconds).toBeGreaterThanOrEqual(0);
  });

  it("refuses an action the list does not allow (409) and a moderator without the editor role (403)", async () => {
    const now = (await (await api.call(DISCUSSION, { role: "viewer" })).json()) as LiveSessionEvent;
    const refused = await act({ action: "pause" }, now.revision);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toContain("start it first");
    const viewer = await api.call(DISCUSSION, {
      method: "POST",
      role: "viewer",
      headers: { "content-type": "application/json", "if-match": `"${now.revision}"` },
      body: JSON.stringify({ action: "stop" }),
    });
    expect(viewer.status).toBe(403);
  });
});
