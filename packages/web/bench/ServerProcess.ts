import { fork, type ChildProcess } from "node:child_process";
import type { BenchStore } from "./BenchStores";

/** A benchmark server in its own process. */
export interface ServerProcess {
  readonly url: string;
  /** The CPU time the server has used so far, user and system, in microseconds. */
  readonly cpuMicros: () => Promise<number>;
  /** Stops it and says its peak resident memory in bytes. */
  readonly stop: () => Promise<number>;
}

function next<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as T));
    child.once("exit", (code) => reject(new Error(`the bench server exited (${code ?? "signal"})`)));
  });
}

/** What the bare handler answers: the API's bytes as sent (base64 over IPC), and their encoding. */
export interface BareAnswer {
  readonly base64: string;
  readonly encoding?: string;
}

/** Starts `bench-server.mjs` (the bundled BenchServer.ts) in `mode` and waits until it listens. */
export async function startServer(
  script: string,
  mode: "api" | "bare",
  store: BenchStore,
  body?: BareAnswer,
): Promise<ServerProcess> {
  // REMIT_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the servers.
  const execArgv = process.env.REMIT_BENCH_SERVER_NODE_ARGS?.split(" ").filter((arg) => arg !== "") ?? [];
  const child = fork(script, [], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv });
  const listening = next<{ port: number }>(child);
  child.send({ mode, store, ...(body === undefined ? {} : { body }) });
  const { port } = await listening;
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMicros: async () => {
      const answer = next<{ cpuMicros: number }>(child);
      child.send({ cpu: true });
      return (await answer).cpuMicros;
    },
    stop: async () => {
      const stopped = next<{ peakRss: number }>(child);
      child.send({ stop: true });
      const { peakRss } = await stopped;
      await new Promise((resolve) => child.once("exit", resolve));
      return peakRss;
    },
  };
}
