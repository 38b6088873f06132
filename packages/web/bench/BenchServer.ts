// The server side of the web benchmark, in its own process so that the load generator and the
// server each have a core: `api` serves createApi over a store; `bare` serves one fixed body
// with a bare Hono handler (the floor). Reports its port, its CPU time when asked (so that a
// run can say the server's CPU per request, which other work on the machine does not change
// much), then its peak RSS when told to stop.
import { serve } from "@hono/node-server";
import { PostgresStore } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import { serveApi } from "../src/node";

interface Start {
  readonly mode: "api" | "bare";
  readonly store:
    { readonly kind: "sqlite"; readonly path: string } | { readonly kind: "postgres"; readonly schema: string };
  /** For `bare`: the bytes to answer (base64) and their content encoding. */
  readonly body?: { readonly base64: string; readonly encoding?: string };
}

let peakRss = 0;
// What the resident memory is made of at its peak, so that a high RSS can be told apart:
// V8's heap, or memory outside it (buffers, and what native code such as SQLite or zlib holds).
let atPeak: NodeJS.MemoryUsage | undefined;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  if (usage.rss > peakRss) {
    peakRss = usage.rss;
    atPeak = usage;
  }
}, 50);

function send(message: unknown): void {
  process.send?.(message);
}

/** Answers `{ cpu: true }` with the CPU time used so far (user and system, microseconds) until `stop` comes. */
function answerUntilStopped(stop: () => void): void {
  const listener = (message: { readonly cpu?: boolean }) => {
    if (message.cpu === true) {
      const used = process.cpuUsage();
      send({ cpuMicros: used.user + used.system });
      return;
    }
    process.off("message", listener);
    clearInterval(sampler);
    if (atPeak !== undefined) {
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
      console.error(
        `bench server at its peak RSS: rss ${mb(atPeak.rss)} MB, V8 heap ${mb(atPeak.heapUsed)} of ${mb(atPeak.heapTotal)} MB, external ${mb(atPeak.external)} MB (array buffers ${mb(atPeak.arrayBuffers)} MB)`,
      );
    }
    send({ peakRss });
    stop();
  };
  process.on("message", listener);
}

process.once("message", (start: Start) => {
  void (async () => {
    if (start.mode === "bare") {
      // The bytes as the API sent them (compressed when it compressed them), ready once, as
      // the API keeps its answers: the floor is the cheapest Hono answer of the same bytes.
      const body = new Uint8Array(Buffer.from(start.body?.base64 ?? "", "base64"));
      const encoding = start.body?.encoding;
      const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
      if (encoding !== undefined) headers["content-encoding"] = encoding;
      const app = new Hono();
      app.get("/activities", (context) => context.body(body, 200, headers));
      const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
        send({ port: info.port }),
      );
      answerUntilStopped(() => server.close(() => process.exit(0)));
      return;
    }
    const store =
      start.store.kind === "sqlite"
        ? SqliteStore.layer({ path: start.store.path })
        : PostgresStore.layer({ schema: start.store.schema, poolSize: 10 });
    const running = await serveApi({ store, port: 0, auth: { publicReads: true } });
    send({ port: running.port });
    answerUntilStopped(() => void running.close().then(() => process.exit(0)));
  })();
});
