// `pnpm bench` for @remit/web (see README "Benchmark"): the list endpoint against a bare Hono
// handler returning the same bytes; a mixed read/If-Match-write load of 50 clients on SQLite
// and PostgreSQL; a streamed IATI export of many activities over HTTP. Each server runs in its
// own process (BenchServer.ts); figures go to bench/results/web.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { get } from "node:http";
import { join } from "node:path";
import autocannon from "autocannon";
import { dropStore, newStore, seedStore, type BenchStore } from "./BenchStores";
import { mixedLoad } from "./LoadTest";
import { startServer, type ServerProcess } from "./ServerProcess";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LIST_ACTIVITIES = env("REMIT_BENCH_LIST_ACTIVITIES", 10_000);
const LOAD_ACTIVITIES = env("REMIT_BENCH_LOAD_ACTIVITIES", 5_000);
const LOAD_SECONDS = env("REMIT_BENCH_LOAD_SECONDS", 60);
const EXPORT_ACTIVITIES = env("REMIT_BENCH_EXPORT_ACTIVITIES", 1_000_000);
// A SQLite file to export from, kept between runs: seeded on the first run (a million
// activities take some 15 minutes to import), read as it is on the next.
const EXPORT_DB = process.env.REMIT_BENCH_EXPORT_DB;
const CANNON_SECONDS = env("REMIT_BENCH_CANNON_SECONDS", 10);
const CANNON_ROUNDS = env("REMIT_BENCH_CANNON_ROUNDS", 3);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function ids(url: string, count: number): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  while (found.length < count) {
    const page = (await (
      await fetch(`${url}/activities?limit=1000${cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`}`)
    ).json()) as {
      items: { record: { id: string } }[];
      nextCursor?: string;
    };
    found.push(...page.items.map((item) => item.record.id));
    if (page.nextCursor === undefined) break;
    cursor = page.nextCursor;
  }
  return found.slice(0, count);
}

/** The bytes a URL answers as sent (not decompressed, as fetch would), and their encoding. */
function rawAnswer(url: string, headers: Record<string, string>): Promise<{ bytes: Buffer; encoding?: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const encoding = response.headers["content-encoding"];
        resolve({ bytes: Buffer.concat(chunks), ...(encoding === undefined ? {} : { encoding }) });
      });
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** One autocannon run on a server, with the server's CPU time per request over it. */
async function cannon(server: ServerProcess, url: string, headers: Record<string, string>) {
  const before = await server.cpuMicros();
  const result = await autocannon({ url, headers, connections: 10, duration: CANNON_SECONDS });
  const cpu = (await server.cpuMicros()) - before;
  return { result, cpuMicrosPerRequest: cpu / Math.max(1, result.requests.total) };
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The list endpoint against the bare handler, both running at once and measured in turns
 * (API, bare, API, bare…), so that other work on the machine weighs on both alike. Besides
 * requests per second, each side's server CPU time per request: the ratio of those is what
 * the req/s ratio would be on an idle machine with the client on its own core. With
 * `acceptEncoding` the clients ask for compression as a browser does, and the bare handler
 * answers the API's compressed bytes.
 */
async function listVersusBare(script: string, acceptEncoding = "identity") {
  const store = newStore("sqlite");
  try {
    await seedStore(store, LIST_ACTIVITIES);
    const api = await startServer(script, "api", store);
    const apiUrl = `${api.url}/activities?limit=50`;
    const headers = { "accept-encoding": acceptEncoding };
    const sent = await rawAnswer(apiUrl, headers);
    const bare = await startServer(script, "bare", store, {
      base64: sent.bytes.toString("base64"),
      ...(sent.encoding === undefined ? {} : { encoding: sent.encoding }),
    });
    const bareUrl = `${bare.url}/activities`;
    await autocannon({ url: apiUrl, headers, connections: 10, duration: 2 }); // warm-up
    await autocannon({ url: bareUrl, headers, connections: 10, duration: 2 });
    const load = [loadavg()[0]];
    const served: Awaited<ReturnType<typeof cannon>>[] = [];
    const floor: Awaited<ReturnType<typeof cannon>>[] = [];
    for (let round = 0; round < CANNON_ROUNDS; round += 1) {
      served.push(await cannon(api, apiUrl, headers));
      floor.push(await cannon(bare, bareUrl, headers));
      load.push(loadavg()[0]);
    }
    const apiRss = await api.stop();
    await bare.stop();
    const side = (runs: typeof served) => ({
      requestsPerSecond: Math.round(mean(runs.map((run) => run.result.requests.average))),
      p50: Math.max(...runs.map((run) => run.result.latency.p50)),
      p99: Math.max(...runs.map((run) => run.result.latency.p99)),
      non2xx: runs.reduce((sum, run) => sum + run.result.non2xx, 0),
      cpuMicrosPerRequest: Math.round(mean(runs.map((run) => run.cpuMicrosPerRequest))),
    });
    const apiSide = side(served);
    const bareSide = side(floor);
    return {
      activities: LIST_ACTIVITIES,
      acceptEncoding,
      bodyBytes: sent.bytes.byteLength,
      ...(sent.encoding === undefined ? {} : { contentEncoding: sent.encoding }),
      rounds: CANNON_ROUNDS,
      secondsEach: CANNON_SECONDS,
      loadAverage: load.map((value) => Math.round((value ?? 0) * 100) / 100),
      api: { ...apiSide, peakRssMB: mb(apiRss) },
      bareHono: bareSide,
      ratio: Math.round((apiSide.requestsPerSecond / bareSide.requestsPerSecond) * 100) / 100,
      ratioPerRound: served.map(
        (run, round) =>
          Math.round((run.result.requests.average / (floor[round]?.result.requests.average ?? 1)) * 100) / 100,
      ),
      cpuRatio: Math.round((bareSide.cpuMicrosPerRequest / apiSide.cpuMicrosPerRequest) * 100) / 100,
    };
  } finally {
    await dropStore(store);
  }
}

async function load(script: string, kind: BenchStore["kind"]) {
  const store = newStore(kind);
  try {
    const { token } = await seedStore(store, LOAD_ACTIVITIES);
    const server = await startServer(script, "api", store);
    const all = await ids(server.url, 1000);
    const report = await mixedLoad({
      url: server.url,
      token,
      ids: all,
      hot: all.slice(0, 20),
      clients: 50,
      seconds: LOAD_SECONDS,
    });
    const peak = await server.stop();
    return { store: kind, activities: LOAD_ACTIVITIES, clients: 50, ...report, peakRssMB: mb(peak) };
  } finally {
    await dropStore(store);
  }
}

async function iatiExport(script: string) {
  const kept = EXPORT_DB !== undefined;
  const store: BenchStore = EXPORT_DB !== undefined ? { kind: "sqlite", path: EXPORT_DB } : newStore("sqlite");
  try {
    const seeded =
      EXPORT_DB !== undefined && existsSync(EXPORT_DB) ? undefined : await seedStore(store, EXPORT_ACTIVITIES);
    console.log(seeded === undefined ? `exporting from ${EXPORT_DB}` : `seeded in ${Math.round(seeded.seconds)} s`);
    const server = await startServer(script, "api", store);
    const started = performance.now();
    const response = await fetch(`${server.url}/exports/iati`);
    let bytes = 0;
    let records = 0;
    let carry = "";
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      const text = carry + decoder.decode(chunk, { stream: true });
      records += text.split("</iati-activity>").length - 1;
      carry = text.slice(-20);
      if (carry.includes("</iati-activity>")) carry = "";
    }
    const seconds = (performance.now() - started) / 1000;
    const peak = await server.stop();
    return {
      activities: EXPORT_ACTIVITIES,
      ...(seeded === undefined ? { seededFile: EXPORT_DB } : { seededInSeconds: Math.round(seeded.seconds) }),
      status: response.status,
      records,
      megabytes: mb(bytes),
      seconds: Math.round(seconds * 10) / 10,
      recordsPerSecond: Math.round(records / seconds),
      serverPeakRssMB: mb(peak),
    };
  } finally {
    if (!kept) await dropStore(store);
  }
}

/** Runs every part and writes the figures. */
export async function main(serverScript: string, resultsDir: string): Promise<void> {
  const only = process.env.REMIT_BENCH_ONLY?.split(",");
  const wanted = (part: string) => only === undefined || only.includes(part);
  const results: Record<string, unknown> = { node: process.version, at: new Date().toISOString() };
  if (wanted("list")) {
    results.list = await listVersusBare(serverScript);
    console.log("list vs bare Hono", results.list);
    results.listGzip = await listVersusBare(serverScript, "gzip");
    console.log("list vs bare Hono, gzip accepted", results.listGzip);
  }
  if (wanted("load")) {
    results.loadSqlite = await load(serverScript, "sqlite");
    console.log("load, SQLite", results.loadSqlite);
    results.loadPostgres = await load(serverScript, "postgres");
    console.log("load, PostgreSQL", results.loadPostgres);
  }
  if (wanted("export")) {
    results.iatiExport = await iatiExport(serverScript);
    console.log("IATI export over HTTP", results.iatiExport);
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, "web.json"), `${JSON.stringify(results, null, 2)}\n`);
}
