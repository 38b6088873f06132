// `pnpm bench:live`: how long a moderator's write through one process takes to reach a screen
// following the store through another, on PostgreSQL by LISTEN/NOTIFY and by the generation
// poll the event stream used before (and on SQLite by its data_version poll). The writer is this
// process, the follower a child process (LiveFollower.ts); each write waits a random 50-350 ms
// first, so that it does not fall into step with a poll.
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Store } from "@remit/core";
import { seededRandom, syntheticActivity, syntheticCountries } from "@remit/core/testing";
import { PostgresStore } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import { Context, Effect, ManagedRuntime } from "effect";
import { dropStore, newStore, type BenchStore } from "./BenchStores";
import type { FollowOrder } from "./LiveFollower";

const WRITES = Number(process.env.REMIT_BENCH_LIVE_WRITES ?? 50);

interface Run {
  readonly store: BenchStore["kind"];
  readonly mode: FollowOrder["mode"];
  readonly writes: number;
  /** From sending the write to the follower having read the new revision. */
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly maxMs: number;
  /** From the write's answer (committed) to the follower having read it: the part the follower adds. */
  readonly afterCommitMedianMs: number;
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function measure(script: string, kind: BenchStore["kind"], mode: FollowOrder["mode"]): Promise<Run> {
  const location = newStore(kind);
  const runtime = ManagedRuntime.make(
    location.kind === "sqlite"
      ? SqliteStore.layer({ path: location.path })
      : PostgresStore.layer({ schema: location.schema, poolSize: 2 }),
  );
  const store = Context.get(await runtime.context(), Store);
  const activity = syntheticActivity(seededRandom(7), 0, syntheticCountries(7));
  await Effect.runPromise(store.put("activity", activity, { actor: "bench" }));
  const child = fork(script, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const heard = new Map<number, number>();
  const arrivals = new Set<() => void>();
  const listening = new Promise<void>((resolve) => {
    child.on("message", (message: { listening?: true; revision?: number; at?: number }) => {
      if (message.listening === true) resolve();
      if (message.revision !== undefined && message.at !== undefined) heard.set(message.revision, message.at);
      for (const arrived of arrivals) arrived();
    });
  });
  child.send({ store: location, mode, id: activity.id } satisfies FollowOrder);
  await listening;
  const latencies: number[] = [];
  const afterCommit: number[] = [];
  const random = seededRandom(11);
  for (let write = 1; write <= WRITES; write += 1) {
    await sleep(50 + random() * 300);
    const sent = now();
    const stored = await Effect.runPromise(
      store.put("activity", { ...activity, title: { en: `Round ${write}` } }, { actor: "bench" }),
    );
    const answered = now();
    await new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error(`revision ${stored.revision} never reached the follower`)),
        30_000,
      );
      const arrived = () => {
        if (!heard.has(stored.revision)) return;
        clearTimeout(timeout);
        arrivals.delete(arrived);
        resolve();
      };
      arrivals.add(arrived);
      arrived();
    });
    latencies.push(heard.get(stored.revision)! - sent);
    afterCommit.push(heard.get(stored.revision)! - answered);
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.send({ stop: true });
  await exited;
  await runtime.dispose();
  await dropStore(location);
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    store: kind,
    mode,
    writes: latencies.length,
    medianMs: round(quantile(sorted, 0.5)),
    p90Ms: round(quantile(sorted, 0.9)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    afterCommitMedianMs: round(
      quantile(
        [...afterCommit].sort((a, b) => a - b),
        0.5,
      ),
    ),
  };
}

/** Runs the three measurements and writes them to `results/live.json`. */
export async function main(followerScript: string, resultsFolder: string): Promise<void> {
  const runs: Run[] = [];
  for (const [kind, mode] of [
    ["postgres", "notify"],
    ["postgres", "poll"],
    ["sqlite", "notify"],
  ] as const) {
    const run = await measure(followerScript, kind, mode);
    console.log(
      `${kind} ${mode === "notify" ? "changes" : "old 250 ms poll"}: median ${run.medianMs} ms, p90 ${run.p90Ms} ms, max ${run.maxMs} ms over ${run.writes} writes; after the commit: median ${run.afterCommitMedianMs} ms`,
    );
    runs.push(run);
  }
  mkdirSync(resultsFolder, { recursive: true });
  const machine = { cores: cpus().length, loadAverage: loadavg().map((load) => Math.round(load * 10) / 10) };
  writeFileSync(join(resultsFolder, "live.json"), `${JSON.stringify({ machine, runs }, null, 2)}\n`);
}
