import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The timing of one command over several runs, in milliseconds. */
export interface CommandTiming {
  readonly command: string;
  readonly runs: number;
  readonly meanMs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** User plus system CPU time per run: steadier than wall time on a shared machine. */
  readonly cpuMs?: number;
  readonly tool: "hyperfine" | "node";
}

function hasHyperfine(): boolean {
  return spawnSync("hyperfine", ["--version"], { stdio: "ignore" }).status === 0;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;

interface HyperfineResult {
  readonly command: string;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly user: number;
  readonly system: number;
  readonly times: readonly number[];
}

/**
 * Times commands with hyperfine (no shell, warm-up runs first) when it is installed, else by
 * running each `runs` times and measuring wall time here. Commands are argument lists.
 */
export function timeCommands(commands: readonly (readonly string[])[], runs: number, warmup = 3): CommandTiming[] {
  const shown = (command: readonly string[]) => command.join(" ");
  if (hasHyperfine()) {
    const dir = mkdtempSync(join(tmpdir(), "remit-hyperfine-"));
    const output = join(dir, "results.json");
    try {
      execFileSync(
        "hyperfine",
        [
          "-N",
          "--style",
          "basic",
          "-w",
          String(warmup),
          "-r",
          String(runs),
          "--export-json",
          output,
          ...commands.map(shown),
        ],
        { stdio: ["ignore", "inherit", "inherit"] },
      );
      const results = (JSON.parse(readFileSync(output, "utf8")) as { results: HyperfineResult[] }).results;
      return results.map((result) => ({
        command: result.command,
        runs: result.times.length,
        meanMs: round(result.mean * 1000),
        medianMs: round(result.median * 1000),
        minMs: round(result.min * 1000),
        maxMs: round(result.max * 1000),
        cpuMs: round((result.user + result.system) * 1000),
        tool: "hyperfine" as const,
      }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return commands.map((command) => {
    const [program, ...args] = command;
    for (let index = 0; index < warmup; index += 1) spawnSync(program ?? "node", args, { stdio: "ignore" });
    const times: number[] = [];
    for (let index = 0; index < runs; index += 1) {
      const start = performance.now();
      spawnSync(program ?? "node", args, { stdio: "ignore" });
      times.push(performance.now() - start);
    }
    const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
    return {
      command: shown(command),
      runs,
      meanMs: round(mean),
      medianMs: round(median(times)),
      minMs: round(Math.min(...times)),
      maxMs: round(Math.max(...times)),
      tool: "node" as const,
    };
  });
}
