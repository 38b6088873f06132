import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { exportCsv } from "../src/csv";
import { exportIati } from "../src/iati";
import { exportJsonLines } from "../src/json";
import { writeXlsx } from "../src/xlsx";
import { BENCH_FORMATS, type BenchFormat, type BenchResult } from "./BenchResult";
import { syntheticActivities } from "@remit/core/testing";

/**
 * One benchmark run, in its own process so that its peak RSS is its own: N synthetic
 * activities through one streamed format into a sink that counts and discards the bytes
 * (the disk is not measured). Prints one JSON line: format, records, seconds, bytes, peak RSS.
 * Usage: node bench-format.mjs <generate|csv|jsonl|iati|xlsx> <N>
 */

class CountingSink extends Writable {
  bytes = 0;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    done();
  }
}

async function run(format: BenchFormat, count: number, sink: CountingSink): Promise<void> {
  const activities = syntheticActivities(count);
  switch (format) {
    case "generate":
      for await (const activity of activities) sink.bytes += activity.id.length;
      return;
    case "csv":
      return pipeline(Readable.from(exportCsv("activity", activities)), sink);
    case "jsonl":
      return pipeline(Readable.from(exportJsonLines("activity", activities)), sink);
    case "iati":
      return pipeline(Readable.from(exportIati(activities, { generatedAt: new Date("2021-05-17T00:00:00Z") })), sink);
    case "xlsx":
      return writeXlsx([{ kind: "activity", records: activities }], sink, {
        created: new Date("2021-05-17T00:00:00Z"),
      });
  }
}

function isFormat(value: string | undefined): value is BenchFormat {
  return BENCH_FORMATS.some((format) => format === value);
}

const [format, count] = [process.argv[2], Number(process.argv[3])];
if (!isFormat(format) || !Number.isInteger(count) || count <= 0) {
  console.error(`usage: bench-format <${BENCH_FORMATS.join("|")}> <N>`);
  process.exit(2);
}
const sink = new CountingSink();
const started = performance.now();
await run(format, count, sink);
const seconds = (performance.now() - started) / 1000;
const result: BenchResult = {
  format,
  records: count,
  seconds: Math.round(seconds * 100) / 100,
  recordsPerSecond: Math.round(count / seconds),
  bytes: sink.bytes,
  // resourceUsage().maxRSS is in kilobytes: the process's peak resident set.
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(JSON.stringify(result));
