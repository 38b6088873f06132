import { createReadStream, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJsonLines, type ActivityFilter, type AggregationQuery } from "@remit/core";
import { Effect } from "effect";
import { SqliteStore } from "../src";
import { elapsedMs, median, printTable, runPhase, runPhaseIfChild, writeResults, type PhaseResult } from "../../store-sql/bench/BenchRunner";
import { GENERATOR_VERSION, syntheticCountries, writeSyntheticActivities } from "../../store-sql/bench/SyntheticActivities";
import { sqliteFloor } from "./SqliteFloor";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 20_210_517);
const here = dirname(fileURLToPath(import.meta.url));
/** The package folder: the bundle runs from node_modules/.cache/remit-bench/. */
const packageDir = process.env.REMIT_BENCH_PACKAGE ?? join(here, "..", "..", "..");

/** The filters of the page benchmark: an indexed pair, a region with a period, a partner with an audience. */
function pageFilters(): Record<string, ActivityFilter> {
  const [country] = syntheticCountries(SEED);
  return {
    "country + topic": { country: country!, topic: "digital-forensics" },
    "region + period": { region: "002", period: { start: "2019" } },
    "partner + audience": { partner: "interpol", audience: "prosecutors" },
    "mandate + kind": { mandateId: "a-res-74-173", kind: "webinar-series" },
    "free text": { text: "forensics formation" },
  };
}

/** Region × year of one indicator: the five continents of M49. */
const AGGREGATION: AggregationQuery = {
  indicatorIds: ["practitioners-trained"],
  bucket: "year",
  by: { dimension: "region", regions: ["002", "009", "019", "142", "150"] },
};

async function importPhase([file, path]: readonly string[]): Promise<Record<string, number>> {
  const started = performance.now();
  const report = await Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const store = yield* SqliteStore.make({ path: path! });
        return yield* store.importRecords(readJsonLines(createReadStream(file!), { file: file! }), { actor: "bench", progressEvery: 250_000 });
      }),
    ),
  );
  return { records: report.written, seconds: elapsedMs(started) / 1000 };
}

async function floorPhase([file, path]: readonly string[]): Promise<Record<string, number>> {
  await Effect.runPromise(SqliteStore.migrate(path!));
  return sqliteFloor(file!, path!);
}

async function queriesPhase([path]: readonly string[]): Promise<Record<string, number>> {
  return Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const store = yield* SqliteStore.make({ path: path! });
        const measures: Record<string, number> = {};
        for (const [name, filter] of Object.entries(pageFilters())) {
          const times: number[] = [];
          let found = 0;
          for (let run = 0; run < 7; run += 1) {
            const started = performance.now();
            const page = yield* store.findActivities(filter, { limit: 50 });
            times.push(elapsedMs(started));
            found = page.items.length;
            if (page.nextCursor !== undefined) {
              const next = performance.now();
              yield* store.findActivities(filter, { limit: 50, cursor: page.nextCursor });
              measures[`page2Ms:${name}`] = elapsedMs(next);
            }
          }
          measures[`pageFirstMs:${name}`] = times[0]!;
          measures[`pageMs:${name}`] = median(times);
          measures[`pageItems:${name}`] = found;
        }
        const times: number[] = [];
        let cells = 0;
        for (let run = 0; run < 3; run += 1) {
          const started = performance.now();
          const result = yield* store.aggregateObservations(AGGREGATION);
          times.push(elapsedMs(started));
          cells = result.cells.length;
        }
        measures.aggregateFirstMs = times[0]!;
        measures.aggregateMs = median(times);
        measures.aggregateCells = cells;
        return measures;
      }),
    ),
  );
}

async function main(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const work = join(tmpdir(), "remit-bench");
  mkdirSync(work, { recursive: true });
  const file = join(work, `activities-${N}-${SEED}-v${GENERATOR_VERSION}.jsonl`);
  if (!existsSync(file)) {
    console.log(`generating ${N} synthetic activities (seed ${SEED}) into ${file}`);
    await writeSyntheticActivities(file, N, SEED);
  }
  const sizeMb = statSync(file).size / 1e6;
  const floorDb = join(work, `floor-${process.pid}.db`);
  const importDb = join(work, `import-${process.pid}.db`);
  const clean = () => {
    for (const db of [floorDb, importDb]) for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  };
  clean();
  try {
    console.log("floor: JSON.parse + prepared inserts of the same rows …");
    const floor = await runPhase(script, "floor", [file, floorDb]);
    console.log("Remit import …");
    const imported = await runPhase(script, "import", [file, importDb]);
    console.log("queries …");
    const queries = await runPhase(script, "queries", [importDb]);
    report(file, sizeMb, floor, imported, queries, statSync(importDb).size / 1e6);
  } finally {
    clean();
  }
}

function report(file: string, sizeMb: number, floor: PhaseResult, imported: PhaseResult, queries: PhaseResult, dbMb: number): void {
  const floorRate = Number(floor.records) / Number(floor.seconds);
  const importRate = Number(imported.records) / Number(imported.seconds);
  const ratio = importRate / floorRate;
  const pages = Object.keys(pageFilters()).map((name) => ({ name, ms: Number(queries[`pageMs:${name}`]), first: Number(queries[`pageFirstMs:${name}`]), items: Number(queries[`pageItems:${name}`]) }));
  const aggregateMs = Number(queries.aggregateMs);
  const round = (value: number) => Math.round(value * 100) / 100;
  printTable(`@remit/store-sqlite, ${N} activities (${imported.records} records, ${round(sizeMb)} MB of JSON Lines)`, [
    { measure: "floor: records/s (parse + prepared inserts, 1 transaction)", value: `${Math.round(floorRate)} (${round(Number(floor.seconds))} s)` },
    { measure: "floor: peak RSS", value: `${floor.peakRssMb} MB` },
    { measure: "Remit import: records/s", value: `${Math.round(importRate)} (${round(Number(imported.seconds))} s)` },
    { measure: "Remit import / floor", value: round(ratio).toString(), target: ">= 0.5", met: ratio >= 0.5 },
    { measure: "Remit import: peak RSS", value: `${imported.peakRssMb} MB`, target: "<= 256 MB", met: imported.peakRssMb <= 256 },
    ...pages.map((page) => ({ measure: `page of 50: ${page.name} (${page.items} items; first run ${page.first} ms)`, value: `${page.ms} ms`, target: "< 20 ms", met: page.ms < 20 })),
    { measure: `aggregation by region x year (${queries.aggregateCells} cells; first run ${queries.aggregateFirstMs} ms)`, value: `${aggregateMs} ms`, target: "< 1000 ms", met: aggregateMs < 1000 },
    { measure: "database size", value: `${Math.round(dbMb)} MB` },
  ]);
  const date = new Date().toISOString().slice(0, 10);
  const target = join(packageDir, "bench", "results", `${date}${N === 1_000_000 ? "" : `-n${N}`}.json`);
  writeResults(target, {
    store: "@remit/store-sqlite",
    date: new Date().toISOString(),
    node: process.version,
    activities: N,
    seed: SEED,
    file: { path: file, megabytes: round(sizeMb) },
    floor,
    import: { ...imported, recordsPerSecond: Math.round(importRate), ratioToFloor: round(ratio) },
    queries,
    databaseMegabytes: Math.round(dbMb),
  });
  console.log(`\nresults written to ${target}`);
}

if (!(await runPhaseIfChild({ floor: floorPhase, import: importPhase, queries: queriesPhase }))) await main();
