/** What one fuzzed input gave, and the time it is judged by. */
export interface FuzzRun<T> {
  /** What the first run returned. */
  readonly value: T;
  /** The first run's time in milliseconds, or the fastest repeat's when the first went over the limit. */
  readonly ms: number;
}

/**
 * Runs a parser on one fuzzed input and times it so that a busy machine is not taken for a slow
 * parser: a first run at or under `limitMs` counts as it is; a run over it is repeated, up to
 * three times, and the fastest repeat counts. An input that is slow because of what it holds (a
 * regular expression that backtracks, a loop over its length squared) is slow every time; a pause
 * of the machine (a full garbage collection, another process on the same cores) is not, and CI
 * runs the fuzz beside its other legs, where a one-off second-long pause does happen.
 *
 * @param run - Parses the input once; it must do the same work each time it is called.
 * @param limitMs - The time above which an input is timed again.
 * @param clock - Milliseconds from a fixed origin (`performance.now` unless a test drives the time).
 */
export async function timeFuzzInput<T>(
  run: () => T | Promise<T>,
  limitMs: number,
  clock: () => number = () => performance.now(),
): Promise<FuzzRun<T>> {
  let start = clock();
  const value = await run();
  let ms = clock() - start;
  for (let repeat = 0; repeat < 3 && ms > limitMs; repeat += 1) {
    start = clock();
    await run();
    ms = Math.min(ms, clock() - start);
  }
  return { value, ms };
}
