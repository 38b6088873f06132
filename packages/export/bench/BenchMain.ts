import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism, cpus } from "node:os";
import { dirname, join } from "node:path";
import { BENCH_FORMATS, type BenchFormat, type BenchResult } from "./BenchResult";

/**
 * The export benchmark: N synthetic activities (BENCH_N, default 1,000,000; fixed seed,
 * generated as they are read) through each streamed format, one child process per format so
 * that peak RSS is per format. Prints a table and writes bench/results/<date>.json.
 * BENCH_FORMATS=csv,iati limits the formats.
 */

function formatsToRun(): BenchFormat[] {
  const asked = process.env.BENCH_FORMATS?.split(",").map((name) => name.trim());
  if (asked === undefined) return [...BENCH_FORMATS];
  const unknown = asked.filter((name) => !BENCH_FORMATS.some((format) => format === name));
  if (unknown.length > 0)
    throw new Error(`BENCH_FORMATS names unknown formats ${unknown.join(", ")}; known: ${BENCH_FORMATS.join(", ")}`);
  return BENCH_FORMATS.filter((format) => asked.includes(format));
}

function runOne(worker: string, format: BenchFormat, count: number): BenchResult {
  const child = spawnSync(process.execPath, [worker, format, String(count)], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0)
    throw new Error(`the ${format} run failed (exit ${child.status ?? "signal"}): ${child.stderr}`);
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as BenchResult;
}

function table(results: readonly BenchResult[]): string {
  const rows = [
    ["format", "records", "seconds", "records/s", "output MiB", "peak RSS MiB"],
    ...results.map((result) => [
      result.format,
      result.records.toLocaleString("en"),
      result.seconds.toFixed(1),
      result.recordsPerSecond.toLocaleString("en"),
      (result.bytes / 1024 / 1024).toFixed(0),
      String(result.peakRssMiB),
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

/** Runs the benchmark with the bundled worker at `worker`; results go under `resultsDir`. */
export async function main(worker: string, resultsDir: string): Promise<void> {
  const count = Number(process.env.BENCH_N ?? 1_000_000);
  if (!Number.isInteger(count) || count <= 0)
    throw new Error(`BENCH_N must be a positive whole number, not ${process.env.BENCH_N ?? ""}`);
  const results: BenchResult[] = [];
  for (const format of formatsToRun()) {
    process.stdout.write(`${format}: ${count.toLocaleString("en")} activities… `);
    const result = runOne(worker, format, count);
    process.stdout.write(`${result.recordsPerSecond.toLocaleString("en")} records/s\n`);
    results.push(result);
  }
  console.log(`\n${table(results)}\n`);
  const date = new Date().toISOString().slice(0, 10);
  const file = join(resultsDir, `${date}.json`);
  await mkdir(dirname(file), { recursive: true });
  const machine = { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: availableParallelism() };
  await writeFile(file, `${JSON.stringify({ date, records: count, seed: 20210517, machine, results }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
