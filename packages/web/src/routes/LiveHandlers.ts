import { RevisionConflict, Store, applyLiveAction, concerns, liveReading, type Stored } from "@remit/core";
import { Cause, Effect, Fiber, Stream } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { revisionETag } from "../http/Conditional";

/** How often a quiet event stream says it is alive. */
export interface LiveSettings {
  /** Seconds between heartbeat comments on a quiet stream (default 15), so proxies keep it open. */
  readonly heartbeatSeconds: number;
}

/** The defaults of {@link LiveSettings}. */
export const DEFAULT_LIVE_SETTINGS: LiveSettings = { heartbeatSeconds: 15 };

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

/**
 * The event stream of one discussion. It follows the store, not this process: it subscribes to
 * the store's `changes` (PostgreSQL's LISTEN/NOTIFY, SQLite's poll of its file) and reads the
 * discussion again whenever a change may concern it, sending it when its revision moved. So a
 * screen served by one API process follows a moderator whose actions went through another.
 * No poll of its own: the subscription's first change ("listening") makes it read once more,
 * which covers what changed between the first read and the subscription, and a lost feed is
 * told as a change ("resumed"), so nothing is missed without a read after it.
 */
function liveEvents(api: ApiContext, settings: LiveSettings, first: Stored<"thematicDiscussion">, signal: AbortSignal) {
  const encoder = new TextEncoder();
  const id = first.record.id;
  let revision = first.revision;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let following: Fiber.Fiber<void, unknown> | undefined;
  let quietSince = Date.now();
  const stop = () => {
    if (heartbeat !== undefined) clearInterval(heartbeat);
    if (following !== undefined) void Effect.runPromise(Fiber.interrupt(following));
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        quietSince = Date.now();
        controller.enqueue(encoder.encode(text));
      };
      const event = (stored: Stored<"thematicDiscussion">) =>
        send(`event: live\nid: ${stored.revision}\ndata: ${JSON.stringify(liveSession(stored, api.clock()))}\n\n`);
      const close = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const reread = Effect.gen(function* () {
        const stored = yield* readDiscussion(id);
        if (stored.revision === revision) return;
        revision = stored.revision;
        event(stored);
      });
      const follow = Effect.gen(function* () {
        const store = yield* Store;
        yield* store.changes.pipe(
          Stream.filter((change) => concerns(change, "thematicDiscussion", id, revision)),
          Stream.runForEach(() => reread),
        );
      }).pipe(
        Effect.catchCause((cause) =>
          Effect.sync(() => {
            if (Cause.hasInterruptsOnly(cause)) return;
            const failure = Cause.squash(cause);
            const message = failure instanceof Error ? failure.message : String(failure);
            send(`event: gone\ndata: ${JSON.stringify({ message })}\n\n`);
            close();
          }),
        ),
      );
      send(`retry: 2000\n\n`);
      event(first);
      following = api.runtime.runFork(follow);
      heartbeat = setInterval(() => {
        if (Date.now() - quietSince >= settings.heartbeatSeconds * 1000) send(": still here\n\n");
      }, settings.heartbeatSeconds * 1000);
      if (signal.aborted) close();
      else signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      stop();
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
