// Issue 13's figures for both stores side by side, read from the results files the store
// benchmarks wrote in this run: each figure beside its target, its floor and the load it was
// measured under. A store whose results are missing (its benchmark failed or was not run) is
// named as missing, never filled from an older run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const STORES = [
  { name: "SQLite", folder: "packages/store-sqlite", pageTargetMs: 2 },
  { name: "PostgreSQL", folder: "packages/store-postgres", pageTargetMs: 5 },
];
const RSS_TARGET_MB = 256;
const IMPORT_RATIO_TARGET = 0.75;
// "The first aggregation after a write costs the same as any other": within half again of a
// repeated one, since a write still invalidates the kept answer of the query it touches.
const AFTER_WRITE_FACTOR = 1.5;

/** The results files of a store written at or after `since`, newest first. */
function resultsSince(root, folder, since) {
  const dir = join(root, folder, "bench", "results");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")))
    .filter((result) => typeof result.date === "string" && new Date(result.date) >= since)
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** One store's results of this run: the activities benchmark and the registry benchmark. */
function storeRun(root, store, since) {
  const results = resultsSince(root, store.folder, since);
  return {
    ...store,
    activities: results.find((result) => result.activities !== undefined),
    registry: results.find((result) => result.reportsDue !== undefined),
  };
}

const verdict = (met) => (met ? "met" : "MISSED");
const round = (value) => Math.round(value * 100) / 100;

/** The import's ratio to the floor issue 13 sets for the store: SQLite's lean floor, PostgreSQL's COPY floor. */
function importRatio(run) {
  const result = run.activities;
  if (result.leanFloor !== undefined)
    return { ratio: result.leanFloor.importRatio, cpu: result.leanFloor.cpuRatio, floor: "lean floor" };
  return { ratio: result.import.ratioToFloor, cpu: result.import.cpuRatioToFloor, floor: "COPY floor" };
}

/** The table's rows: a figure, its target, and one cell per store. */
function rows(runs) {
  const cell = (run, part, text) => (run[part] === undefined ? "not measured in this run" : text(run[part], run));
  const pageNames = [
    ...new Set(
      runs.flatMap((run) =>
        Object.keys(run.activities?.queries ?? {})
          .filter((key) => key.startsWith("pageMs:"))
          .map((key) => key.slice("pageMs:".length)),
      ),
    ),
  ];
  return [
    {
      figure: "activities; 1-minute load during import / queries",
      target: "",
      cells: runs.map((run) =>
        cell(run, "activities", (result) => {
          const load = result.loadAverage;
          return `${result.activities.toLocaleString("en")}; ${load.duringImport.mean} / ${load.duringQueries.mean}`;
        }),
      ),
    },
    {
      figure: "import / floor (wall; by CPU)",
      target: `>= ${IMPORT_RATIO_TARGET}`,
      cells: runs.map((run) =>
        cell(run, "activities", () => {
          const { ratio, cpu, floor } = importRatio(run);
          return `${ratio} of the ${floor}; ${cpu} by CPU: ${verdict(ratio >= IMPORT_RATIO_TARGET)}`;
        }),
      ),
    },
    {
      figure: "import peak RSS",
      target: `<= ${RSS_TARGET_MB} MB`,
      cells: runs.map((run) =>
        cell(
          run,
          "activities",
          (result) => `${result.import.peakRssMb} MB: ${verdict(result.import.peakRssMb <= RSS_TARGET_MB)}`,
        ),
      ),
    },
    ...pageNames.map((name) => ({
      figure: `page of 50, ${name} (median of a warm process; first page of a fresh one)`,
      target: runs.map((run) => `${run.pageTargetMs} ms`).join(" / "),
      cells: runs.map((run) =>
        cell(run, "activities", (result) => {
          const ms = result.queries[`pageMs:${name}`];
          const first = result.queries[`pageFirstMs:${name}`];
          return ms === undefined ? "not measured" : `${ms} ms (first ${first} ms): ${verdict(ms <= run.pageTargetMs)}`;
        }),
      ),
    })),
    {
      figure: "aggregation: first after a write / repeated",
      target: `after a write <= ${AFTER_WRITE_FACTOR} x repeated`,
      cells: runs.map((run) =>
        cell(run, "activities", (result) => {
          const { aggregateAfterWriteMs: afterWrite, aggregateMs: repeated } = result.queries;
          return `${afterWrite} / ${repeated} ms: ${verdict(afterWrite <= AFTER_WRITE_FACTOR * repeated)}`;
        }),
      ),
    },
    {
      figure: "aggregation: first of its shape after the import (nothing kept)",
      target: "",
      cells: runs.map((run) => cell(run, "activities", (result) => `${round(result.queries.aggregateFirstMs)} ms`)),
    },
    {
      figure: "query phase peak RSS",
      target: `<= ${RSS_TARGET_MB} MB`,
      cells: runs.map((run) =>
        cell(
          run,
          "activities",
          (result) => `${result.queries.peakRssMb} MB: ${verdict(result.queries.peakRssMb <= RSS_TARGET_MB)}`,
        ),
      ),
    },
    ...[
      ["reportsDue", "registry: reports due at CCPCJ 30"],
      ["lineage", "registry: a mandate's full lineage, both ways"],
      ["citingFirstPage", "registry: mandates citing an instrument, first page"],
      ["citingEveryPage", "registry: mandates citing an instrument, every page"],
    ].map(([key, figure]) => ({
      figure,
      target: "<= 50 ms",
      cells: runs.map((run) =>
        cell(
          run,
          "registry",
          (result) => `${result[key].median} ms: ${verdict(result[key].median <= result.targetMs)}`,
        ),
      ),
    })),
  ];
}

/**
 * Prints issue 13's table for both stores from the results written since `since` under `root`;
 * returns false when a store's results are missing.
 */
export function printScaleSummary(root, since) {
  const runs = STORES.map((store) => storeRun(root, store, since));
  const table = rows(runs);
  const header = ["figure", "target", ...runs.map((run) => run.name)];
  const cells = table.map((row) => [row.figure, row.target, ...row.cells]);
  const widths = header.map((name, column) => Math.max(name.length, ...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((text, column) => text.padEnd(widths[column])).join(" | ")} |`;
  console.log("\nIssue 13 at scale, both stores, from this run's results (load is the 1-minute average on 2 cores)");
  console.log(line(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of cells) console.log(line(row));
  return runs.every((run) => run.activities !== undefined && run.registry !== undefined);
}
