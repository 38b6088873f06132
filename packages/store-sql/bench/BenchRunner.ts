import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** What one phase measured, in its own process. */
export interface PhaseResult {
  readonly [measure: string]: number | string;
  /** The peak resident set size of the phase's process, in MB. */
  readonly peakRssMb: number;
}

const RESULT_PREFIX = "REMIT_BENCH_RESULT ";

/**
 * Runs `phase` of the bench script `script` in a child process (so that its peak RSS is its
 * own) and returns what it printed as its result.
 */
export async function runPhase(script: string, phase: string, args: readonly string[]): Promise<PhaseResult> {
  const child = spawn(process.execPath, [script, "--phase", phase, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (text: string) => {
    output += text;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const line = output.split("\n").find((candidate) => candidate.startsWith(RESULT_PREFIX));
  if (code !== 0 || line === undefined)
    throw new Error(`bench phase ${phase} failed (exit ${String(code)}):\n${output}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as PhaseResult;
}

/**
 * In a child started by `runPhase`: runs the phase named on the command line and prints its
 * measures with the process's peak RSS. Returns false in the parent process.
 */
export async function runPhaseIfChild(
  phases: Record<string, (args: readonly string[]) => Promise<Record<string, number | string>>>,
): Promise<boolean> {
  const at = process.argv.indexOf("--phase");
  if (at === -1) return false;
  const name = process.argv[at + 1] ?? "";
  const phase = phases[name];
  if (phase === undefined) throw new Error(`no bench phase ${name}`);
  const measures = await phase(process.argv.slice(at + 2));
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...measures, peakRssMb })}\n`);
  return true;
}

/** Milliseconds since `start` (from `performance.now()`), to two decimals. */
export function elapsedMs(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One row of the printed table: what, the figure, the target and whether it was met. */
export interface TableRow {
  readonly measure: string;
  readonly value: string;
  readonly target?: string;
  readonly met?: boolean;
}

/** Prints the rows as an aligned table. */
export function printTable(title: string, rows: readonly TableRow[]): void {
  const cells = rows.map((row) => [
    row.measure,
    row.value,
    row.target ?? "",
    row.met === undefined ? "" : row.met ? "yes" : "NO",
  ]);
  const header = ["measure", "value", "target", "met"];
  const widths = header.map((name, column) => Math.max(name.length, ...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ");
  console.log(`\n${title}\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("-|-")}`);
  for (const row of cells) console.log(line(row));
}

/** Writes the results as JSON to `path` (its folder created when missing). */
export function writeResults(path: string, results: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
