/** What the benchmark measures, shared by the runner and each per-format process. */

/** The formats a run can measure; "generate" only produces the activities, as a baseline. */
export const BENCH_FORMATS = ["generate", "csv", "jsonl", "iati", "xlsx"] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

/** What one run measured. */
export interface BenchResult {
  readonly format: BenchFormat;
  readonly records: number;
  readonly seconds: number;
  readonly recordsPerSecond: number;
  readonly bytes: number;
  readonly peakRssMiB: number;
}
