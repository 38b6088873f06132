import { RevisionConflict, Store, applyLiveAction, liveReading, type Stored } from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { revisionETag } from "../http/Conditional";

/** How often an event stream asks the store whether anything changed, and how often it says it is alive. */
export interface LiveSettings {
  /** Milliseconds between looks at the store's generation (default 250). */
  readonly pollMilliseconds: number;
  /** Seconds between heartbeat comments on a quiet stream (default 15), so proxies keep it open. */
  readonly heartbeatSeconds: number;
}

/** The defaults of {@link LiveSettings}. */
export const DEFAULT_LIVE_SETTINGS: LiveSettings = { pollMilliseconds: 250, heartbeatSeconds: 15 };

/** The live state of a stored discussion at `now`, as the contract's LiveSession. */
function liveSession(stored: Stored<"thematicDiscussion">, now: Date) {
  const reading = liveReading(stored.record, now);
  return {
    discussionId: stored.record.id,
    revision: stored.revision,
    serverTime: now.toISOString(),
    speakersList: stored.record.speakersList,
    ...(reading === undefined ? {} : { reading }),
  };
}

const readDiscussion = (id: string) =>
  Effect.gen(function* () {
    const store = yield* Store;
    return yield* store.get("thematicDiscussion", id);
  });

const storeGeneration = Effect.gen(function* () {
  const store = yield* Store;
  return yield* store.generation();
});

/**
 * The event stream of one discussion. It follows the store, not this process: every
 * `pollMilliseconds` it reads the store's generation (one small query), and when that moved it
 * reads the discussion and sends it if its revision changed. So a screen served by one API
 * process follows a moderator whose actions went through another, on SQLite as on PostgreSQL.
 */
function liveEvents(api: ApiContext, settings: LiveSettings, first: Stored<"thematicDiscussion">, signal: AbortSignal) {
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let revision = first.revision;
  let seen: number | undefined;
  let quietSince = Date.now();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const event = (stored: Stored<"thematicDiscussion">) =>
        send(`event: live\nid: ${stored.revision}\ndata: ${JSON.stringify(liveSession(stored, api.clock()))}\n\n`);
      const close = () => {
        if (timer !== undefined) clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const look = async () => {
        if (signal.aborted) return close();
        try {
          const now = await api.runtime.runPromise(storeGeneration);
          if (now !== seen) {
            seen = now;
            const stored = await api.runtime.runPromise(readDiscussion(first.record.id));
            if (stored.revision !== revision) {
              revision = stored.revision;
              quietSince = Date.now();
              event(stored);
            }
          }
          if (Date.now() - quietSince >= settings.heartbeatSeconds * 1000) {
            quietSince = Date.now();
            send(": still here\n\n");
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          send(`event: gone\ndata: ${JSON.stringify({ message })}\n\n`);
          return close();
        }
        timer = setTimeout(() => void look(), settings.pollMilliseconds);
      };
      send(`retry: 2000\n\n`);
      event(first);
      timer = setTimeout(() => void look(), settings.pollMilliseconds);
      signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
    },
  });
}

/** Binds the live session mode: read the clock, act on it (If-Match), and follow it as events. */
export function bindLive(app: Hono<ApiEnv>, api: ApiContext, settings: LiveSettings = DEFAULT_LIVE_SETTINGS): void {
  bind(app, api, "getLiveSession", ({ params }) =>
    Effect.map(readDiscussion(params.id), (stored) => ({
      json: liveSession(stored, api.clock()),
      etag: revisionETag(stored.revision),
    })),
  );

  bind(app, api, "postLiveAction", ({ params, body, caller, expected }) =>
    Effect.gen(function* () {
      const current = yield* readDiscussion(params.id);
      // An action is meant for the state its screen showed: judged against a newer one, a second
      // "next" would skip a speaker. So a stale revision is 412 before the action is weighed.
      if (typeof expected === "number" && expected !== current.revision)
        return yield* Effect.fail(
          new RevisionConflict({
            kind: "thematicDiscussion",
            id: current.record.id,
            expected,
            actual: current.revision,
            message: `The speakers' list changed since your screen read it (revision ${expected}; now ${current.revision}): another screen acted first. Nothing was done; read the live state again and act on it.`,
          }),
        );
      const now = api.clock();
      const applied = applyLiveAction(current.record, body, now);
      if (!applied.ok) return yield* Effect.fail(applied.error);
      const store = yield* Store;
      // The store checks `expected` inside its write transaction: two moderators' screens acting
      // on the same revision cannot both win; the second gets 412 and re-reads.
      const stored = yield* store.put("thematicDiscussion", applied.value, {
        actor: caller.actor,
        ...(expected === undefined ? {} : { expectedRevision: expected }),
      });
      return { json: liveSession(stored, now), etag: revisionETag(stored.revision) };
    }),
  );

  bind(app, api, "streamLiveSession", ({ params, request }) =>
    Effect.map(readDiscussion(params.id), (first) => ({
      response: new Response(liveEvents(api, settings, first, request.signal), {
        headers: {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-store",
          "x-accel-buffering": "no",
        },
      }),
    })),
  );
}
