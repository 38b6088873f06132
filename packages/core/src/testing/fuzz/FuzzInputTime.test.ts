import { describe, expect, it } from "vitest";
import { timeFuzzInput } from "./FuzzInputTime";

/** A parser whose runs take the given times in turn, on a clock that only its runs move. */
function parserTaking(...durations: number[]) {
  let now = 0;
  let calls = 0;
  return {
    clock: () => now,
    calls: () => calls,
    run: () => {
      now += durations[Math.min(calls, durations.length - 1)] ?? 0;
      calls += 1;
      return `result of run ${calls}`;
    },
  };
}

describe("timing a fuzzed input", () => {
  it("an input within the limit is parsed once and keeps its time", async () => {
    const parser = parserTaking(40);
    expect(await timeFuzzInput(parser.run, 1000, parser.clock)).toEqual({ value: "result of run 1", ms: 40 });
    expect(parser.calls()).toBe(1);
  });

  it("a pause of the machine is not the input's time: the fastest repeat counts", async () => {
    const parser = parserTaking(1800, 1500, 30);
    expect(await timeFuzzInput(parser.run, 1000, parser.clock)).toEqual({ value: "result of run 1", ms: 30 });
    expect(parser.calls()).toBe(3);
  });

  it("an input slow every time stays slow, after three repeats", async () => {
    const parser = parserTaking(2500, 2400, 2600, 2300);
    expect(await timeFuzzInput(parser.run, 1000, parser.clock)).toEqual({ value: "result of run 1", ms: 2300 });
    expect(parser.calls()).toBe(4);
  });

  it("an asynchronous reader gives what its first run read", async () => {
    let calls = 0;
    const timed = await timeFuzzInput(async () => {
      calls += 1;
      await Promise.resolve();
      return ["entry"];
    }, 1000);
    expect(timed.value).toEqual(["entry"]);
    expect(timed.ms).toBeGreaterThanOrEqual(0);
    expect(calls).toBe(1);
  });
});
