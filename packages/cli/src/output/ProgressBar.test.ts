import { describe, expect, it } from "vitest";
import { progressBar } from "./ProgressBar";

function terminal() {
  const written: string[] = [];
  return { written, stream: { write: (text: string) => written.push(text) > 0, columns: 200 } };
}

describe("the progress bar of long work", () => {
  it("draws nothing on a pipe or with --quiet", () => {
    const { written, stream } = terminal();
    const bar = progressBar("importing big.jsonl", { enabled: false, unit: "records", stream });
    bar.update(1000, 0.5);
    bar.finish();
    expect(written).toEqual([]);
  });

  it("shows the share done, the count and the rate", () => {
    const { written, stream } = terminal();
    let now = 0;
    const bar = progressBar("importing big.jsonl", { enabled: true, unit: "records", stream, now: () => now });
    now = 2000;
    bar.update(60_000, 0.5, "40,000 stored");
    const line = written.at(-1) ?? "";
    expect(line.endsWith("0:02  40,000 stored")).toBe(true);
    expect(line).toContain("importing big.jsonl");
    expect(line).toContain(" 50%");
    expect(line).toContain("60,000 records");
    expect(line).toContain("30,000/s");
    expect(line).toContain("0:02");
  });

  it("redraws at most every 80 ms and clears its line at the end", () => {
    const { written, stream } = terminal();
    let now = 0;
    const bar = progressBar("exporting csv", { enabled: true, unit: "records", stream, now: () => now });
    now = 100;
    bar.update(1);
    now = 120;
    bar.update(2);
    expect(written).toHaveLength(1);
    bar.finish();
    expect(written.at(-1)).toBe("\r\x1b[2K");
  });

  it("counts against a known total", () => {
    const { written, stream } = terminal();
    let now = 0;
    const bar = progressBar("reading", { enabled: true, unit: "records", total: 200, stream, now: () => now });
    now = 1000;
    bar.update(50);
    expect(written.at(-1)).toContain("50/200 records");
    expect(written.at(-1)).toContain(" 25%");
  });
});
