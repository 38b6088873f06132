import { loadavg } from "node:os";

/** The machine's 1-minute load average over a stretch of a run: least, mean and most. */
export interface LoadSummary {
  readonly min: number;
  readonly mean: number;
  readonly max: number;
  readonly samples: number;
}

/**
 * Samples the 1-minute load average every few seconds until stopped. The machine is shared,
 * so every figure is read against the load it was measured under; before and after alone
 * miss what happened during a run of many minutes.
 */
export function sampleLoad(everyMs = 5_000): { readonly stop: () => LoadSummary } {
  const samples: number[] = [loadavg()[0] ?? 0];
  const timer = setInterval(() => samples.push(loadavg()[0] ?? 0), everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(loadavg()[0] ?? 0);
      const round = (value: number) => Math.round(value * 100) / 100;
      return {
        min: round(Math.min(...samples)),
        mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
        max: round(Math.max(...samples)),
        samples: samples.length,
      };
    },
  };
}

/** A load summary in words, for the table. */
export function loadText(load: LoadSummary): string {
  return `mean ${load.mean} (${load.min}–${load.max}, ${load.samples} samples)`;
}
