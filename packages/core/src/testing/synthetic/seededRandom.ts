/**
 * A small, fast, seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the
 * same sequence on every machine, so a benchmark's file or a test's records are the same on
 * every run. Not for anything that needs unpredictability.
 * @example
 * const random = seededRandom(20210517);
 * const first = random(); // always the same number for this seed
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
