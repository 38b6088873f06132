// The follower side of the live latency benchmark, in its own process as a second API process
// would be: it follows one record of the store either by the store's `changes` (`notify`: what
// the event stream does now) or by reading the store's generation every 250 ms (`poll`: what it
// did before), reads the record when told, and reports each new revision with the time it saw it.
import { performance } from "node:perf_hooks";
import { Store, concerns, type StoreShape } from "@remit/core";
import { PostgresStore } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import { Context, Effect, ManagedRuntime, Stream } from "effect";
import type { BenchStore } from "./BenchStores";

/** What the benchmark asks the follower to do. */
export interface FollowOrder {
  readonly store: BenchStore;
  readonly mode: "notify" | "poll";
  readonly id: string;
}

/** The poll interval of the event stream before it followed the store's changes. */
const OLD_POLL_MS = 250;

const now = () => performance.timeOrigin + performance.now();

async function followByChanges(store: StoreShape, id: string, seen: (revision: number) => void): Promise<void> {
  let revision = (await Effect.runPromise(store.get("activity", id))).revision;
  await Effect.runPromise(
    store.changes.pipe(
      Stream.tap((change) =>
        Effect.sync(() => {
          if (change._tag === "StoreChanged" && change.reason === "listening") process.send?.({ listening: true });
        }),
      ),
      Stream.filter((change) => concerns(change, "activity", id, revision)),
      Stream.runForEach(() =>
        Effect.map(store.get("activity", id), (stored) => {
          if (stored.revision === revision) return;
          revision = stored.revision;
          seen(revision);
        }),
      ),
    ),
  );
}

async function followByPolling(store: StoreShape, id: string, seen: (revision: number) => void): Promise<void> {
  let revision = (await Effect.runPromise(store.get("activity", id))).revision;
  let generation = await Effect.runPromise(store.generation());
  process.send?.({ listening: true });
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, OLD_POLL_MS));
    const current = await Effect.runPromise(store.generation());
    if (current === generation) continue;
    generation = current;
    const stored = await Effect.runPromise(store.get("activity", id));
    if (stored.revision === revision) continue;
    revision = stored.revision;
    seen(revision);
  }
}

process.once("message", (order: FollowOrder) => {
  void (async () => {
    const layer =
      order.store.kind === "sqlite"
        ? SqliteStore.layer({ path: order.store.path })
        : PostgresStore.layer({ schema: order.store.schema, poolSize: 2 });
    const runtime = ManagedRuntime.make(layer);
    const store = Context.get(await runtime.context(), Store);
    const seen = (revision: number) => process.send?.({ revision, at: now() });
    process.once("message", () => process.exit(0));
    await (order.mode === "poll" ? followByPolling : followByChanges)(store, order.id, seen);
  })();
});
