// The live session mode over HTTP: a moderator acts through one API process, a projector
// screen follows through another process on the same store, on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";
import { startSecondApi, type SecondApi } from "./SecondApiProcess";

interface LiveSession {
  readonly revision: number;
  readonly speakersList: readonly { kind: string; speaker?: string; usedSeconds?: number }[];
  readonly reading?: { current: number; state: string; limitSeconds: number; remainingSeconds: number };
}

const DISCUSSION = "/discussions/ccpcj-20-thematic-discussion/live";

/** Reads `live` events from an event stream until one satisfies `wanted` (or 10 s pass). */
async function follow(url: string, wanted: (session: LiveSession) => boolean): Promise<LiveSession[]> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 10_000);
  const response = await fetch(url, { signal: controller.signal, headers: { accept: "text/event-stream" } });
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen: LiveSession[] = [];
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!/^event: live$/m.test(block) || data === undefined) continue;
        const session = JSON.parse(data) as LiveSession;
        seen.push(session);
        if (wanted(session)) return seen;
      }
    }
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
  return seen;
}

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
    const before = (await (await api.call(DISCUSSION, { role: "viewer" })).json()) as LiveSession;
    const added = await act({ action: "add", speaker: { kind: "keynote", speaker: "Panellist A" } }, before.revision);
    expect(added.status).toBe(200);
    const afterAdd = (await added.json()) as LiveSession;
    const watching = follow(`${projector.url}${DISCUSSION}/events`, (session) => session.reading?.state === "running");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = await act({ action: "start", index: afterAdd.speakersList.length - 1 }, afterAdd.revision);
    expect(started.status).toBe(200);
    const events = await watching;
    const last = events.at(-1);
    expect(last?.reading).toMatchObject({
      state: "running",
      limitSeconds: 600,
      current: afterAdd.speakersList.length - 1,
    });
    expect(last?.revision).toBe(afterAdd.revision + 1);
  });

  it("a second screen acting on the same revision gets 412, and nothing is lost", async () => {
    const now = (await (await api.call(DISCUSSION, { role: "viewer" })).json()) as LiveSession;
    const first = await act({ action: "pause" }, now.revision);
    const second = await act({ action: "pause" }, now.revision);
    expect([first.status, second.status]).toEqual([200, 412]);
    const paused = (await first.json()) as LiveSession;
    expect(paused.reading?.state).toBe("paused");
    expect(paused.speakersList[paused.reading!.current]?.usedSeconds).toBeGreaterThanOrEqual(0);
  });

  it("refuses an action the list does not allow (409) and a moderator without the editor role (403)", async () => {
    const now = (await (await api.call(DISCUSSION, { role: "viewer" })).json()) as LiveSession;
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
