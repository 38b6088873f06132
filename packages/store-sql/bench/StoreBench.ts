import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  readJsonLines,
  type ActivityFilter,
  type ActivitySort,
  type AggregationQuery,
  type Observation,
  type StoreFailure,
  type StoreShape,
} from "@remit/core";
import { Effect, type Scope } from "effect";
import {
  elapsedMs,
  median,
  printTable,
  runPhase,
  runPhaseIfChild,
  writeResults,
  type PhaseResult,
} from "./BenchRunner";
import { loadText, sampleLoad, type LoadSummary } from "./LoadSampler";
import { runRegistryBench } from "./RegistryBench";
import { sampleMemory } from "./MemorySampler";
import { GENERATOR_VERSION, syntheticCountries } from "@remit/core/testing";
import { writeSyntheticActivities } from "@remit/store-sql/testing";

/** What a store's benchmark plugs in: how to open its store and the floor of its database. */
export interface StoreBenchSetup {
  /** The package measured, for the table and the results file. */
  readonly store: string;
  /** The package folder: results go to its bench/results/. */
  readonly packageDir: string;
  /** The script being run (it re-runs itself for each phase). */
  readonly script: string;
  /** Where each phase's database lives (a file, a schema), made fresh for this run. */
  readonly targets: () => { readonly floor: string; readonly import: string; readonly cleanup: () => Promise<void> };
  /** The store on a target. */
  readonly open: (target: string) => Effect.Effect<StoreShape, StoreFailure, Scope.Scope>;
  /** The floor: parse and insert the same rows without Remit, into the migrated target; records and seconds. */
  readonly floor: (file: string, target: string) => Promise<{ records: number; seconds: number }>;
  /** What the floor measures, in words, for the table. */
  readonly floorLabel: string;
  /** The size of a target in MB, when it can be told. */
  readonly size?: (target: string) => Promise<number>;
  /** The issue's target for the median filtered page of 50, in ms (2 on SQLite, 5 on PostgreSQL). */
  readonly pageTargetMs: number;
  /** Whether to run issue 13's lean SQLite floor beside the import (SQLite's own yardstick). */
  readonly leanFloor?: boolean;
  /**
   * Issue 13's target for the import as a share of this store's own floor, where that floor is
   * the yardstick (PostgreSQL's COPY-only floor: 0.75); absent where another floor is (SQLite's lean floor).
   */
  readonly floorRatioTarget?: number;
}

const N = Number(process.env.BENCH_N ?? 1_000_000);
/**
 * Issue 13's "the first aggregation after a write costs the same as any other", as a figure:
 * within half again of a repeated one (the write still makes its block be computed again).
 * scripts/bench/ScaleSummary.mjs judges by the same factor.
 */
const AFTER_WRITE_FACTOR = 1.5;
const SEED = Number(process.env.BENCH_SEED ?? 20_210_517);
/** Timed pages per shape (see `queriesPhase`). */
const PAGE_RUNS = 21;

/**
 * The filters of the page benchmark: indexed pairs, a region with a period, free text, and a
 * region alone at three sizes (Central Asia, Northern Europe and Africa hold about 3%, 9%
 * and 31% of the synthetic activities).
 */
function pageFilters(): Record<string, ActivityFilter> {
  const [country] = syntheticCountries(SEED);
  return {
    "country + topic": { country: country!, topic: "digital-forensics" },
    "region + period": { region: "002", period: { start: "2019" } },
    "partner + audience": { partner: "interpol", audience: "prosecutors" },
    "mandate + kind": { mandateId: "a-res-74-173", kind: "webinar-series" },
    "free text": { text: "forensics formation" },
    "region 143, small": { region: "143" },
    "region 154, medium": { region: "154" },
    "region 002, large": { region: "002" },
  };
}

/** The sorted pages of the page benchmark: a filtered page by start, latest first, and every activity by title. */
function sortedPages(): Record<string, { filter: ActivityFilter; sort: ActivitySort }> {
  const [country] = syntheticCountries(SEED);
  return {
    "sorted: country + topic, by start desc": {
      filter: { country: country!, topic: "digital-forensics" },
      sort: { by: "start", direction: "desc" },
    },
    "sorted: region, by title": { filter: { region: "002" }, sort: { by: "title", direction: "asc" } },
  };
}

/** One indicator by region x year: the five continents of M49. */
const AGGREGATION: AggregationQuery = {
  indicatorIds: ["practitioners-trained"],
  bucket: "year",
  by: { dimension: "region", regions: ["002", "009", "019", "142", "150"] },
};

/** An observation the query phase writes before aggregating again (a new one each run). */
function benchObservation(run: number, activityId: string | undefined): Observation {
  return {
    id: `obs-bench-write-${process.pid}-${run}`,
    indicatorId: "practitioners-trained",
    value: { value: 40 + run, qualifier: "exact", unit: "person" },
    scope: {
      period: { start: "2020-06" },
      countries: { named: ["BLZ"] },
      regions: { m49: [], named: [] },
      disaggregation: [],
    },
    activityIds: activityId === undefined ? [] : [activityId],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [17] }],
  };
}

/** Printed by the lean floor's process as it exits: the CPU time it spent (the script itself prints none). */
const CPU_ON_EXIT =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();' +
  'process.stdout.write(`{"cpuSeconds":${(u.user+u.system)/1e6}}\\n`)})';

/**
 * The lean SQLite floor of issue 13 (`../shared/bench/sqlite-floor.mjs` beside the project,
 * or REMIT_LEAN_FLOOR), run on the same file in the same run; undefined when it is not there.
 */
async function leanFloor(repoRoot: string, file: string): Promise<PhaseResult | undefined> {
  const script = process.env.REMIT_LEAN_FLOOR ?? resolve(repoRoot, "..", "shared", "bench", "sqlite-floor.mjs");
  if (!existsSync(script)) return undefined;
  const folder = mkdtempSync(join(tmpdir(), "remit-lean-floor-"));
  try {
    const child = spawn(process.execPath, ["--import", CPU_ON_EXIT, script, file, join(folder, "floor.db")], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      output += text;
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    const lines = output.split("\n").filter((text) => text.startsWith("{"));
    const line = lines.find((text) => text.includes('"records"'));
    const cpu = lines.find((text) => text.includes('"cpuSeconds"'));
    if (code !== 0 || line === undefined) throw new Error(`the lean floor failed (exit ${String(code)})`);
    const measured = JSON.parse(line) as { records: number; seconds: number; peakRssMB: number };
    const cpuSeconds = cpu === undefined ? Number.NaN : (JSON.parse(cpu) as { cpuSeconds: number }).cpuSeconds;
    return {
      records: measured.records,
      seconds: measured.seconds,
      cpuSeconds: Math.round(cpuSeconds * 100) / 100,
      peakRssMb: measured.peakRssMB,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The machine's load average (1, 5 and 15 minutes), to read every figure against. */
function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");
}

function withStore<A>(
  setup: StoreBenchSetup,
  target: string,
  use: (store: StoreShape) => Effect.Effect<A, unknown>,
): Promise<A> {
  return Effect.runPromise(Effect.scoped(Effect.flatMap(setup.open(target), use)));
}

/** The CPU seconds this process spent since `since` (user and system). */
function cpuSecondsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1e4) / 100;
}

async function importPhase(setup: StoreBenchSetup, [file, target]: readonly string[]): Promise<Record<string, number>> {
  // The clock starts once the store is open (its schema made), as the floor's does.
  const memory = sampleMemory("import");
  return withStore(setup, target!, (store) =>
    Effect.gen(function* () {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const report = yield* store.importRecords(readJsonLines(createReadStream(file!), { file: file! }), {
        actor: "bench",
        progressEvery: 250_000,
      });
      memory.stop();
      return { records: report.written, seconds: elapsedMs(started) / 1000, cpuSeconds: cpuSecondsSince(cpu) };
    }),
  );
}

async function floorPhase(setup: StoreBenchSetup, [file, target]: readonly string[]): Promise<Record<string, number>> {
  // The schema is Remit's, created by opening the store; only the insert is measured.
  await withStore(setup, target!, () => Effect.void);
  const cpu = process.cpuUsage();
  const measured = await setup.floor(file!, target!);
  return { ...measured, cpuSeconds: cpuSecondsSince(cpu) };
}

async function queriesPhase(setup: StoreBenchSetup, [target]: readonly string[]): Promise<Record<string, number>> {
  const memory = sampleMemory("open");
  return withStore(setup, target!, (store) =>
    Effect.gen(function* () {
      memory.mark("first pages");
      const measures: Record<string, number> = {};
      const pages: [string, ActivityFilter, ActivitySort | undefined][] = [
        ...Object.entries(pageFilters()).map(([name, filter]): [string, ActivityFilter, undefined] => [
          name,
          filter,
          undefined,
        ]),
        ...Object.entries(sortedPages()).map(([name, { filter, sort }]): [string, ActivityFilter, ActivitySort] => [
          name,
          filter,
          sort,
        ]),
      ];
      // A server answers pages from a process that has answered pages before: the median is of
      // PAGE_RUNS pages after one untimed pass over every shape, so that it measures the query
      // and not V8 compiling the code that runs it (in a fresh process, each of the first pages
      // runs on a colder tier). The first pass's time, each shape's first page in a fresh
      // process, is reported beside it.
      for (const [name, filter, sort] of pages) {
        const started = performance.now();
        const page = yield* store.findActivities(filter, { limit: 50 }, sort);
        measures[`pageFirstMs:${name}`] = elapsedMs(started);
        measures[`pageItems:${name}`] = page.items.length;
        if (page.nextCursor !== undefined) {
          const next = performance.now();
          yield* store.findActivities(filter, { limit: 50, cursor: page.nextCursor }, sort);
          measures[`page2Ms:${name}`] = elapsedMs(next);
        }
      }
      memory.mark("pages");
      for (const [name, filter, sort] of pages) {
        const times: number[] = [];
        for (let run = 0; run < PAGE_RUNS; run += 1) {
          const started = performance.now();
          yield* store.findActivities(filter, { limit: 50 }, sort);
          times.push(elapsedMs(started));
        }
        measures[`pageMs:${name}`] = median(times);
      }
      const times: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        memory.mark(`aggregation ${run}`);
        const started = performance.now();
        const result = yield* store.aggregateObservations(AGGREGATION);
        times.push(elapsedMs(started));
        measures.aggregateCells = result.cells.length;
        // A figure in two regions is in two cells: this counts cell memberships, not distinct figures.
        measures.aggregateObservations = result.cells.reduce((total, cell) => total + cell.observationCount, 0);
      }
      measures.aggregateFirstMs = times[0]!;
      measures.aggregateMs = median(times);
      // A write to the aggregated indicator, then the aggregation: what a dashboard sees after every change.
      const [activity] = (yield* store.findActivities({}, { limit: 1 })).items;
      const afterWrite: number[] = [];
      const afterWriteCpu: number[] = [];
      let heapMb = 0;
      for (let run = 0; run < 3; run += 1) {
        memory.mark(`write ${run}`);
        yield* store.put("observation", benchObservation(run, activity?.record.id), { actor: "bench" });
        memory.mark(`after write ${run}`);
        const started = performance.now();
        const cpu = process.cpuUsage();
        yield* store.aggregateObservations(AGGREGATION);
        afterWrite.push(elapsedMs(started));
        afterWriteCpu.push(cpuSecondsSince(cpu) * 1000);
        heapMb = Math.max(heapMb, Math.round(process.memoryUsage().heapUsed / 1e6));
      }
      measures.aggregateAfterWriteMs = median(afterWrite);
      // This process's CPU (SQLite's included, PostgreSQL's server not): the machine is shared.
      measures.aggregateAfterWriteCpuMs = median(afterWriteCpu);
      measures.heapAfterAggregationMb = heapMb;
      memory.stop();
      return measures;
    }),
  );
}

function report(
  setup: StoreBenchSetup,
  sizeMb: number,
  floor: PhaseResult,
  lean: PhaseResult | undefined,
  imported: PhaseResult,
  queries: PhaseResult,
  dbMb: number | undefined,
  load: {
    readonly before: string;
    readonly after: string;
    readonly duringLeanFloor?: LoadSummary;
    readonly duringFloor: LoadSummary;
    readonly duringImport: LoadSummary;
    readonly duringQueries: LoadSummary;
  },
): void {
  const floorRate = Number(floor.records) / Number(floor.seconds);
  const importRate = Number(imported.records) / Number(imported.seconds);
  const ratio = importRate / floorRate;
  const cpuRatio = Number(floor.cpuSeconds) / Number(imported.cpuSeconds);
  const round = (value: number) => Math.round(value * 100) / 100;
  const pages = [...Object.keys(pageFilters()), ...Object.keys(sortedPages())].map((name) => ({
    name,
    ms: Number(queries[`pageMs:${name}`]),
    first: Number(queries[`pageFirstMs:${name}`]),
    items: Number(queries[`pageItems:${name}`]),
  }));
  const aggregateMs = Number(queries.aggregateMs);
  const afterWriteMs = Number(queries.aggregateAfterWriteMs);
  const leanRate = lean === undefined ? undefined : Number(lean.records) / Number(lean.seconds);
  const leanRatio = leanRate === undefined ? undefined : importRate / leanRate;
  const leanCpuRatio = lean === undefined ? undefined : Number(lean.cpuSeconds) / Number(imported.cpuSeconds);
  printTable(
    `${setup.store}: ${N} synthetic activities (${imported.records} records, ${round(sizeMb)} MB of JSON Lines); ` +
      `load average ${load.before} before, ${load.after} after (2 cores); 1-minute load ` +
      `${load.duringLeanFloor === undefined ? "" : `during the lean floor ${loadText(load.duringLeanFloor)}, `}` +
      `during the floor ${loadText(load.duringFloor)}, during the import ${loadText(load.duringImport)}, ` +
      `during the queries ${loadText(load.duringQueries)}; the floors and the import ran one after another`,
    [
      ...(setup.leanFloor !== true
        ? []
        : lean === undefined || leanRatio === undefined
          ? [{ measure: "lean floor (../shared/bench/sqlite-floor.mjs)", value: "not found: ratio not measured" }]
          : [
              {
                measure: "lean floor: node ../shared/bench/sqlite-floor.mjs FILE",
                value: `${Math.round(leanRate ?? 0)} records/s (${round(Number(lean.seconds))} s, ${lean.peakRssMb} MB RSS)`,
              },
              {
                measure: "Remit import / lean floor",
                value: round(leanRatio).toString(),
                target: ">= 0.75",
                met: leanRatio >= 0.75,
              },
              {
                measure: "Remit import / lean floor, by CPU time (the machine is shared)",
                value: `${round(leanCpuRatio ?? Number.NaN)} (${round(Number(lean.cpuSeconds))} s / ${round(Number(imported.cpuSeconds))} s)`,
              },
            ]),
      {
        measure: `floor: ${setup.floorLabel}`,
        value: `${Math.round(floorRate)} records/s (${round(Number(floor.seconds))} s)`,
      },
      { measure: "floor: peak RSS", value: `${floor.peakRssMb} MB` },
      {
        measure: "Remit import (validated, idempotent, 1 transaction)",
        value: `${Math.round(importRate)} records/s (${round(Number(imported.seconds))} s)`,
      },
      {
        measure: "Remit import / floor",
        value: round(ratio).toString(),
        ...(setup.floorRatioTarget === undefined
          ? {}
          : { target: `>= ${setup.floorRatioTarget}`, met: ratio >= setup.floorRatioTarget }),
      },
      {
        measure: "Remit import / floor, by this process's CPU time (the machine is shared)",
        value: `${round(cpuRatio)} (${round(Number(floor.cpuSeconds))} s / ${round(Number(imported.cpuSeconds))} s)`,
      },
      {
        measure: "Remit import: peak RSS",
        value: `${imported.peakRssMb} MB`,
        target: "<= 256 MB",
        met: Number(imported.peakRssMb) <= 256,
      },
      ...pages.map((page) => ({
        measure: `page of 50, ${page.name} (${page.items} items; median of ${PAGE_RUNS} after a pass over every shape; that pass, in a fresh process: ${page.first} ms)`,
        value: `${page.ms} ms`,
        target: `<= ${setup.pageTargetMs} ms`,
        met: page.ms <= setup.pageTargetMs,
      })),
      {
        measure: `aggregation, region x year (${queries.aggregateObservations} figures in ${queries.aggregateCells} cells), first after a write (median of 3)`,
        value: `${afterWriteMs} ms`,
        target: `<= ${AFTER_WRITE_FACTOR} x repeated, as any other`,
        met: afterWriteMs <= AFTER_WRITE_FACTOR * aggregateMs,
      },
      {
        measure: "aggregation after a write: this process's CPU time (median of 3)",
        value: `${queries.aggregateAfterWriteCpuMs} ms`,
      },
      { measure: "aggregation, repeated (median of 3)", value: `${aggregateMs} ms` },
      {
        measure:
          "aggregation, first of its query shape after the import (nothing kept yet: every block computed in SQL)",
        value: `${queries.aggregateFirstMs} ms`,
      },
      {
        measure: "query phase: peak RSS (pages, aggregations, writes)",
        value: `${queries.peakRssMb} MB`,
        target: "<= 256 MB",
        met: Number(queries.peakRssMb) <= 256,
      },
      {
        measure: "query phase: JS heap after an aggregation (RSS also counts the database's page cache and memory map)",
        value: `${queries.heapAfterAggregationMb} MB`,
      },
      ...(dbMb === undefined ? [] : [{ measure: "database size", value: `${Math.round(dbMb)} MB` }]),
    ],
  );
  const target = join(
    setup.packageDir,
    "bench",
    "results",
    `${new Date().toISOString().slice(0, 10)}${N === 1_000_000 ? "" : `-n${N}`}.json`,
  );
  writeResults(target, {
    store: setup.store,
    date: new Date().toISOString(),
    node: process.version,
    activities: N,
    seed: SEED,
    fileMegabytes: round(sizeMb),
    floor: { ...floor, what: setup.floorLabel, recordsPerSecond: Math.round(floorRate) },
    import: {
      ...imported,
      recordsPerSecond: Math.round(importRate),
      ratioToFloor: round(ratio),
      cpuRatioToFloor: round(cpuRatio),
    },
    ...(lean === undefined || leanRatio === undefined
      ? {}
      : {
          leanFloor: {
            ...lean,
            recordsPerSecond: Math.round(leanRate ?? 0),
            importRatio: round(leanRatio),
            cpuRatio: round(leanCpuRatio ?? Number.NaN),
          },
        }),
    queries,
    loadAverage: load,
    ...(dbMb === undefined ? {} : { databaseMegabytes: Math.round(dbMb) }),
  });
  console.log(`\nresults written to ${target}`);
}

async function main(setup: StoreBenchSetup): Promise<void> {
  const work = join(tmpdir(), "remit-bench");
  mkdirSync(work, { recursive: true });
  const file = join(work, `activities-${N}-${SEED}-v${GENERATOR_VERSION}.jsonl`);
  if (!existsSync(file)) {
    console.log(`generating ${N} synthetic activities (seed ${SEED}) into ${file}`);
    await writeSyntheticActivities(file, N, SEED);
  }
  const sizeMb = statSync(file).size / 1e6;
  const targets = setup.targets();
  const before = loadAverage();
  console.log(`load average ${before}`);
  try {
    // One after another, each with the machine to itself: the import reads on a second thread
    // (a worker parses and validates while the first writes), so beside the floors' processes
    // on 2 cores it would be timed on a share of a core. Each phase's load is sampled and printed.
    console.log(
      `one after another: ${setup.leanFloor === true ? "lean floor (../shared/bench/sqlite-floor.mjs), " : ""}` +
        `floor (${setup.floorLabel}), Remit import …`,
    );
    const leanLoad = sampleLoad();
    const lean = setup.leanFloor === true ? await leanFloor(resolve(setup.packageDir, "..", ".."), file) : undefined;
    const duringLeanFloor = leanLoad.stop();
    const floorLoad = sampleLoad();
    const floor = await runPhase(setup.script, "floor", [file, targets.floor]);
    const duringFloor = floorLoad.stop();
    const importLoad = sampleLoad();
    const imported = await runPhase(setup.script, "import", [file, targets.import]);
    const duringImport = importLoad.stop();
    console.log("queries …");
    const queryLoad = sampleLoad();
    const queries = await runPhase(setup.script, "queries", [targets.import]);
    const duringQueries = queryLoad.stop();
    const size = await setup.size?.(targets.import);
    report(setup, sizeMb, floor, lean, imported, queries, size, {
      before,
      after: loadAverage(),
      ...(lean === undefined ? {} : { duringLeanFloor }),
      duringFloor,
      duringImport,
      duringQueries,
    });
  } finally {
    await targets.cleanup();
  }
}

/**
 * The benchmark of a store, in one run: generates (once, cached in the temp folder) N
 * synthetic activities as JSON Lines, then measures, each phase in its own process so its
 * peak RSS is its own: the floors and Remit's import of the same file one after another, then
 * filtered and sorted pages of 50 activities and the aggregation of an indicator by region x
 * year, with the 1-minute load sampled in each. Prints a table and writes the results to
 * bench/results/<date>.json. BENCH_N and BENCH_SEED change the size
 * and the seed. Then the registry benchmark (`runRegistryBench`).
 */
export async function runStoreBench(setup: StoreBenchSetup): Promise<void> {
  const isChild = await runPhaseIfChild({
    floor: (args) => floorPhase(setup, args),
    import: (args) => importPhase(setup, args),
    queries: (args) => queriesPhase(setup, args),
  });
  if (isChild) return;
  // BENCH_PART=activities or registry runs one part; both by default.
  const part = process.env.BENCH_PART;
  if (part !== "registry") await main(setup);
  if (part !== "activities") await runRegistryBench(setup);
}
