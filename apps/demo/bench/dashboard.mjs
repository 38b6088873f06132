#!/usr/bin/env node
// `pnpm --filter @remit/demo bench [count]`: the dashboard over a store of `count` synthetic
// activities (1,000,000 by default; an observation every fourth), built once and kept in
// node_modules/.cache. Starts the built demo over it and opens the dashboard in Chromium, which
// measures, from the page's own clocks, the last API answer the dashboard waited for and the
// frame its figures were painted in: the budget is 1 s between the two. The total load time
// (every page of the API's answers) is written beside it.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Store } from "@remit/core";
import { GENERATOR_VERSION, SYNTHETIC_SEED, syntheticRecords } from "@remit/core/testing";
import { SqliteStore } from "@remit/store-sqlite";
import { Effect } from "effect";
import { chromium } from "playwright-core";

/* global document, requestAnimationFrame, MutationObserver -- the functions given to the page run in Chromium */

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const count = Number(process.argv[2] ?? process.env.REMIT_BENCH_ACTIVITIES ?? 1_000_000);
const cache = join(app, "node_modules", ".cache", "remit-bench");
const database = join(cache, `dashboard-v${GENERATOR_VERSION}-${SYNTHETIC_SEED}-${count}.db`);
const BUDGET_MS = 1000;
// The dashboard the demo opens on: the 2021 report's resolution and its year, which the
// synthetic activities serve too.
const PATH = "/en/?mandate=a-res-74-173&year=2020";

async function* entries() {
  for (const entry of syntheticRecords(count)) yield entry;
}

/** Builds the store once; a later run reuses it (the file is renamed into place only when whole). */
async function buildStore() {
  if (existsSync(database)) return { seconds: 0, reused: true };
  mkdirSync(cache, { recursive: true });
  const building = `${database}.building`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(building + suffix, { force: true });
  const started = performance.now();
  process.stdout.write(`building a store of ${count.toLocaleString("en")} synthetic activities in ${building}\n`);
  await Effect.runPromise(
    Effect.gen(function* () {
      yield* (yield* Store).importRecords(entries(), { actor: "bench" });
    }).pipe(Effect.provide(SqliteStore.layer({ path: building }))),
  );
  renameSync(building, database);
  return { seconds: (performance.now() - started) / 1000, reused: false };
}

function startDemo() {
  const child = spawn(process.execPath, [join(app, "dist", "main.js"), "--port", "0", "--db", database], {
    cwd: cache,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const found = /Open (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (found !== null) resolve({ url: found[1], stop: () => child.kill("SIGTERM") });
    });
    child.once("exit", (code) => reject(new Error(`the demo stopped (exit ${code}) before serving:\n${output}`)));
  });
}

/** In the page: when the first figure value appears, the time of the frame after it is drawn. */
function watchFigures() {
  const mark = () => {
    if (document.querySelector(".figure-value") === null) return false;
    globalThis.__figuresInDom = performance.now();
    requestAnimationFrame(() => setTimeout(() => (globalThis.__figuresPainted = performance.now())));
    return true;
  };
  new MutationObserver((_, observer) => {
    if (mark()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function measure(url) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(watchFigures);
    await page.goto(`${url}${PATH}`, { waitUntil: "load" });
    await page.waitForFunction(() => globalThis.__figuresPainted !== undefined, undefined, { timeout: 600_000 });
    return await page.evaluate(() => {
      const painted = globalThis.__figuresPainted;
      const api = performance
        .getEntriesByType("resource")
        .filter((entry) => new URL(entry.name).pathname.startsWith("/api/") && entry.responseEnd <= painted);
      const lastAnswer = Math.max(...api.map((entry) => entry.responseEnd));
      return {
        apiRequests: api.length,
        firstRequestMs: Math.round(Math.min(...api.map((entry) => entry.startTime))),
        lastAnswerMs: Math.round(lastAnswer),
        figuresInDomMs: Math.round(globalThis.__figuresInDom),
        figuresPaintedMs: Math.round(painted),
        answerToPaintMs: Math.round(painted - lastAnswer),
        figures: document.querySelectorAll(".figure-value").length,
        // Each answer the dashboard waited for, slowest first: which query the time goes to.
        answers: api
          .map((entry) => {
            const url = new URL(entry.name);
            return { request: `${url.pathname}${url.search}`, ms: Math.round(entry.responseEnd - entry.startTime) };
          })
          .sort((a, b) => b.ms - a.ms),
      };
    });
  } finally {
    await browser.close();
  }
}

const store = await buildStore();
const demo = await startDemo();
try {
  // The first visit warms the server (the dataset's load, SQLite's page cache); the second is measured.
  await measure(demo.url);
  const result = await measure(demo.url);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    activities: count,
    seed: SYNTHETIC_SEED,
    storeBuildSeconds: Math.round(store.seconds),
    storeReused: store.reused,
    path: PATH,
    budgetMs: BUDGET_MS,
    ...result,
    withinBudget: result.answerToPaintMs <= BUDGET_MS,
  };
  const results = join(app, "bench", "results");
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, `dashboard-n${count}.json`), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (!report.withinBudget) process.exitCode = 1;
} finally {
  demo.stop();
}
