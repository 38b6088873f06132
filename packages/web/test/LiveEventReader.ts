import { expect } from "vitest";

/** A discussion's live state as its event stream sends it. */
export interface LiveSessionEvent {
  readonly revision: number;
  readonly speakersList: readonly { kind: string; speaker?: string; usedSeconds?: number }[];
  readonly reading?: { current: number; state: string; limitSeconds: number; remainingSeconds: number };
}

/** A screen following a discussion's event stream: every `live` event so far, and a wait for the next one wanted. */
export interface LiveEventReader {
  readonly seen: readonly LiveSessionEvent[];
  /** Resolves with the first event from now on (or already seen and not yet waited past) that `wanted` accepts. */
  readonly until: (wanted: (session: LiveSessionEvent) => boolean, timeoutMs?: number) => Promise<LiveSessionEvent>;
  readonly close: () => void;
}

/** Opens the event stream at `url` and reads it in the background, as a projector screen does. */
export async function readLiveEvents(url: string): Promise<LiveEventReader> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers: { accept: "text/event-stream" } });
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen: LiveSessionEvent[] = [];
  const waiting = new Set<() => void>();
  let consumed = 0;
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!/^event: live$/m.test(block) || data === undefined) continue;
          seen.push(JSON.parse(data) as LiveSessionEvent);
          for (const wake of waiting) wake();
        }
      }
    } catch {
      // the stream was closed by `close`
    }
  })();
  const until = (wanted: (session: LiveSessionEvent) => boolean, timeoutMs = 10_000) =>
    new Promise<LiveSessionEvent>((resolve, reject) => {
      const look = () => {
        const at = seen.findIndex((session, index) => index >= consumed && wanted(session));
        if (at < 0) return;
        consumed = at + 1;
        clearTimeout(timer);
        waiting.delete(look);
        resolve(seen[at]!);
      };
      const timer = setTimeout(() => {
        waiting.delete(look);
        reject(
          new Error(`no such live event within ${timeoutMs} ms; seen ${JSON.stringify(seen.map((s) => s.revision))}`),
        );
      }, timeoutMs);
      waiting.add(look);
      look();
    });
  return { seen, until, close: () => controller.abort() };
}
