import { appendFileSync, writeFileSync } from "node:fs";

/**
 * With REMIT_BENCH_MEMORY=FILE, a phase's process samples its memory every 250 ms and appends
 * one line per sample to FILE (tab-separated: ms since start, label, rss, heapTotal, heapUsed,
 * external, arrayBuffers, in MB), so that a peak RSS can be traced to the part that grew
 * (V8's heap, Buffers, or memory outside both). Without it, nothing is sampled.
 */
export function sampleMemory(label: string): { readonly mark: (what: string) => void; readonly stop: () => void } {
  const file = process.env.REMIT_BENCH_MEMORY;
  if (file === undefined || file === "") return { mark: () => undefined, stop: () => undefined };
  const started = performance.now();
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  let phase = label;
  const sample = () => {
    const used = process.memoryUsage();
    appendFileSync(
      file,
      [
        Math.round(performance.now() - started),
        phase,
        mb(used.rss),
        mb(used.heapTotal),
        mb(used.heapUsed),
        mb(used.external),
        mb(used.arrayBuffers),
      ].join("\t") + "\n",
    );
  };
  writeFileSync(file, "ms\tphase\trss\theapTotal\theapUsed\texternal\tarrayBuffers\n", { flag: "a" });
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    mark: (what) => {
      sample();
      phase = what;
    },
    stop: () => {
      clearInterval(timer);
      sample();
    },
  };
}
