// The `remit` benchmark: start-up against `node -e 0`, and a page of 50 activities from a
// store of a million. Run with `pnpm bench` in packages/cli (it builds the binary when missing).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GENERATOR_VERSION } from "@remit/core/testing";
import { writeSyntheticActivities } from "@remit/store-sql/testing";
import { printTable, writeResults } from "../../store-sql/bench/BenchRunner";
import { timeCommands, type CommandTiming } from "./Timing";

// The bundle runs from node_modules/.cache/remit-bench/, three folders below the package.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const binary = join(packageDir, "dist", "main.js");
const ACTIVITIES = Number(process.env.REMIT_BENCH_ACTIVITIES ?? 1_000_000);
const RUNS = Number(process.env.REMIT_BENCH_RUNS ?? 20);
const SEED = 2021;
const STARTUP_TARGET = 3;

const remit = (...args: string[]): string[] => [process.execPath, binary, ...args];

interface StoreBuild {
  readonly path: string;
  /** Set when the store was built in this run: `remit import` of the generated file. */
  readonly import?: { readonly records: number; readonly seconds: number; readonly recordsPerSecond: number };
}

function removeDatabase(path: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

/** The million-activity SQLite store, made once with `remit import` and kept in the temp folder. */
async function millionStore(): Promise<StoreBuild> {
  const dir = join(tmpdir(), "remit-cli-bench");
  const path = join(dir, `activities-${ACTIVITIES}-g${GENERATOR_VERSION}.db`);
  if (existsSync(path)) return { path };
  mkdirSync(dir, { recursive: true });
  const source = join(dir, `activities-${ACTIVITIES}-g${GENERATOR_VERSION}.jsonl`);
  if (!existsSync(source)) {
    console.log(
      `generating ${ACTIVITIES.toLocaleString("en")} synthetic activities (store-sql's generator, seed ${SEED})…`,
    );
    await writeSyntheticActivities(`${source}.partial`, ACTIVITIES, SEED);
    renameSync(`${source}.partial`, source);
  }
  const building = join(dir, "building.db");
  removeDatabase(building);
  console.log(`remit import ${source} (${(statSync(source).size / 1e6).toFixed(0)} MB)…`);
  const started = performance.now();
  const output = execFileSync(process.execPath, [binary, "import", source, "--db", building, "--json"], {
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(output.toString("utf8")) as { read: number; rejected: number };
  if (report.rejected > 0) throw new Error(`the generated file has ${report.rejected} invalid records`);
  renameSync(building, path);
  for (const suffix of ["-wal", "-shm"])
    if (existsSync(building + suffix)) renameSync(building + suffix, path + suffix);
  return {
    path,
    import: {
      records: report.read,
      seconds: Math.round(seconds * 10) / 10,
      recordsPerSecond: Math.round(report.read / seconds),
    },
  };
}

function ratio(
  timing: CommandTiming | undefined,
  baseline: CommandTiming | undefined,
  key: "meanMs" | "cpuMs",
): number {
  const value = timing?.[key];
  const base = baseline?.[key];
  return value === undefined || base === undefined || base === 0 ? Number.NaN : Math.round((value / base) * 100) / 100;
}

async function main(): Promise<void> {
  if (!existsSync(binary)) execFileSync("npx", ["tsup"], { cwd: packageDir, stdio: "inherit" });
  console.log("start-up: remit --version, --help and symbol against node -e 0");
  const startup = timeCommands(
    [[process.execPath, "-e", "0"], remit("--version"), remit("--help"), remit("symbol", "A/RES/74/173")],
    RUNS,
  );
  const [baseline, version, help, symbol] = startup;

  const store = await millionStore();
  console.log(`remit list activities --limit 50 on ${store.path}`);
  const listing = timeCommands(
    [
      remit("list", "activities", "--limit", "50", "--db", store.path),
      remit("list", "activities", "--limit", "50", "--json", "--db", store.path),
      remit("list", "activities", "--topic", "cryptocurrency", "--country", "SLV", "--limit", "50", "--db", store.path),
    ],
    Math.max(5, Math.round(RUNS / 2)),
    2,
  );

  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: (await import("node:os")).cpus().length,
      loadAverage: (await import("node:os")).loadavg(),
    },
    startup: {
      timings: startup,
      versionOverNode: {
        wall: ratio(version, baseline, "meanMs"),
        cpu: ratio(version, baseline, "cpuMs"),
        target: STARTUP_TARGET,
      },
      helpOverNode: { wall: ratio(help, baseline, "meanMs"), cpu: ratio(help, baseline, "cpuMs") },
      symbolOverNode: { wall: ratio(symbol, baseline, "meanMs"), cpu: ratio(symbol, baseline, "cpuMs") },
    },
    list: {
      activities: ACTIVITIES,
      store: { path: store.path, bytes: statSync(store.path).size },
      ...(store.import === undefined ? {} : { import: store.import }),
      timings: listing,
    },
  };
  printTable("remit start-up and listing", [
    { measure: "node -e 0 (mean)", value: `${baseline?.meanMs ?? "?"} ms` },
    {
      measure: "remit --version (mean)",
      value: `${version?.meanMs ?? "?"} ms`,
      target: `≤ ${STARTUP_TARGET}× node`,
      met: results.startup.versionOverNode.wall <= STARTUP_TARGET,
    },
    {
      measure: "remit --version / node -e 0",
      value: `${results.startup.versionOverNode.wall}× wall, ${results.startup.versionOverNode.cpu}× CPU`,
    },
    {
      measure: "remit --help / node -e 0",
      value: `${results.startup.helpOverNode.wall}× wall, ${results.startup.helpOverNode.cpu}× CPU`,
    },
    {
      measure: "remit symbol (loads core) / node -e 0",
      value: `${results.startup.symbolOverNode.wall}× wall, ${results.startup.symbolOverNode.cpu}× CPU`,
    },
    ...listing.map((timing) => ({
      measure: timing.command.replace(`${process.execPath} ${binary}`, "remit").replace(store.path, "1M.db"),
      value: `${timing.meanMs} ms (median ${timing.medianMs})`,
    })),
    ...(store.import === undefined
      ? []
      : [
          {
            measure: "remit import of the 1M file",
            value: `${store.import.seconds} s, ${store.import.recordsPerSecond.toLocaleString("en")} records/s`,
          },
        ]),
  ]);
  const file = join(packageDir, "bench", "results", `${results.date.slice(0, 10)}.json`);
  writeResults(file, results);
  console.log(`\nresults written to ${file}`);
}

await main();
