import { buildLineageGraph, descendantsOf, lineageOf, type Mandate, type StoreShape } from "@remit/core";
import { Effect } from "effect";
import { loadavg } from "node:os";
import { join } from "node:path";
import { elapsedMs, median, printTable, writeResults } from "./BenchRunner";
import type { StoreBenchSetup } from "./StoreBench";
import { registryInstrumentId, registryMandateId, syntheticRegistry, type RegistryCounts } from "./SyntheticRegistry";

const MANDATES = Number(process.env.BENCH_MANDATES ?? 40_000);
const SEED = 20_210_517;
const TARGET_MS = 50;

/** Runs `query` `runs` times (seven by default); its median and first time in ms. */
async function timed(query: () => Promise<unknown>, runs = 7): Promise<{ median: number; first: number }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await query();
    times.push(elapsedMs(started));
  }
  return { median: median(times), first: times[0] ?? 0 };
}

/** Every mandate citing an instrument, a page of 1,000 at a time. */
async function mandatesCiting(store: StoreShape, instrumentId: string): Promise<Mandate[]> {
  const mandates: Mandate[] = [];
  let cursor: string | undefined;
  do {
    const page = await Effect.runPromise(
      store.find("mandate", { instrumentId }, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) }),
    );
    for (const stored of page.items) mandates.push(stored.record);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return mandates;
}

/** Every stored mandate, a page at a time: what a lineage read before the port had `lineageMandates`. */
async function allMandates(store: StoreShape): Promise<Mandate[]> {
  const mandates: Mandate[] = [];
  let cursor: string | undefined;
  do {
    const page = await Effect.runPromise(
      store.list("mandate", { limit: 1000, ...(cursor === undefined ? {} : { cursor }) }),
    );
    for (const stored of page.items) mandates.push(stored.record);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return mandates;
}

/**
 * Issue 13's registry benchmark, in this process: 40,000 synthetic mandates (100,000
 * operative provisions, 60,000 reporting obligations, some deferred, 30,000 lineage edges)
 * imported into a fresh store, then "reports due at session N of body B" and a mandate's
 * full lineage both ways and every mandate citing an instrument, each against 50 ms. BENCH_MANDATES changes the size.
 */
export async function runRegistryBench(setup: StoreBenchSetup): Promise<void> {
  const targets = setup.targets();
  const before = loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");
  try {
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const store = yield* setup.open(targets.import);
          const registry = syntheticRegistry(MANDATES, SEED);
          let counts: RegistryCounts | undefined;
          async function* entries() {
            for (;;) {
              const next = registry.next();
              if (next.done === true) {
                counts = next.value;
                return;
              }
              yield { kind: "mandate" as const, record: next.value };
            }
          }
          const importStarted = performance.now();
          yield* store.importRecords(entries(), { actor: "bench" });
          const importSeconds = elapsedMs(importStarted) / 1000;

          const due = yield* Effect.promise(() =>
            timed(() => Effect.runPromise(store.reportsDue("ccpcj", 30, { includeDeferredAway: true }))),
          );
          const dueCount = (yield* store.reportsDue("ccpcj", 30, { includeDeferredAway: true })).length;
          // An early mandate: later ones build on it, so its lineage has hundreds of descendants.
          const middle = registryMandateId(100);
          const lineage = yield* Effect.promise(() =>
            timed(async () => {
              const mandates = await Effect.runPromise(store.lineageMandates(middle));
              const graph = buildLineageGraph(mandates.map((stored) => stored.record));
              return [lineageOf(graph, middle), descendantsOf(graph, middle)];
            }),
          );
          const lineageSize = (yield* store.lineageMandates(middle)).length;
          // The most cited instrument (the first, as a convention is), every mandate citing it.
          const instrument = registryInstrumentId(0);
          const citing = yield* Effect.promise(() => timed(() => mandatesCiting(store, instrument)));
          const citingCount = (yield* Effect.promise(() => mandatesCiting(store, instrument))).length;
          const firstPage = yield* Effect.promise(() =>
            timed(() => Effect.runPromise(store.find("mandate", { instrumentId: instrument }, { limit: 50 }))),
          );
          const listed = yield* Effect.promise(() => timed(async () => buildLineageGraph(await allMandates(store))));
          const after = loadavg()
            .map((load) => load.toFixed(2))
            .join(", ");
          const resultsFile = join(
            setup.packageDir,
            "bench",
            "results",
            `${new Date().toISOString().slice(0, 10)}-registry${MANDATES === 40_000 ? "" : `-m${MANDATES}`}.json`,
          );
          writeResults(resultsFile, {
            store: setup.store,
            date: new Date().toISOString(),
            node: process.version,
            counts,
            importSeconds,
            targetMs: TARGET_MS,
            reportsDue: { ...due, reports: dueCount },
            lineage: { ...lineage, mandate: middle, mandates: lineageSize },
            citingFirstPage: { ...firstPage, instrument },
            citingEveryPage: { ...citing, instrument, mandates: citingCount },
            everyMandateListed: listed,
            loadAverage: { before, after },
          });
          printTable(
            `${setup.store}: registry of ${counts?.mandates} mandates (${counts?.provisions} provisions, ` +
              `${counts?.obligations} reporting obligations, ${counts?.deferred} deferred, ${counts?.lineageEdges} lineage edges), ` +
              `imported in ${importSeconds.toFixed(1)} s; load average ${before} before, ${after} after (2 cores)`,
            [
              {
                measure: `reports due at CCPCJ 30, deferred away included (${dueCount} reports; first run ${due.first} ms)`,
                value: `${due.median} ms`,
                target: `<= ${TARGET_MS} ms`,
                met: due.median <= TARGET_MS,
              },
              {
                measure: `full lineage of ${middle}, both ways (lineageMandates: ${lineageSize} mandates, then core's trees; first run ${lineage.first} ms)`,
                value: `${lineage.median} ms`,
                target: `<= ${TARGET_MS} ms`,
                met: lineage.median <= TARGET_MS,
              },
              {
                measure: `mandates citing instrument ${instrument}, first page of 50 (first run ${firstPage.first} ms)`,
                value: `${firstPage.median} ms`,
                target: `<= ${TARGET_MS} ms`,
                met: firstPage.median <= TARGET_MS,
              },
              {
                measure:
                  "for comparison: every mandate listed and core's lineage graph built (the way before lineageMandates), one run",
                value: `${listed.median} ms`,
              },
              {
                measure: `mandates citing instrument ${instrument}, every page (${citingCount} mandates; first run ${citing.first} ms)`,
                value: `${citing.median} ms`,
                target: `<= ${TARGET_MS} ms`,
                met: citing.median <= TARGET_MS,
              },
            ],
          );
          console.log(`\nresults written to ${resultsFile}`);
        }),
      ),
    );
  } finally {
    await targets.cleanup();
  }
}
