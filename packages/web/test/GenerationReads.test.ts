import { describe, expect, it } from "vitest";
import { GenerationReads } from "../src/http/GenerationReads";

/** A store whose generation a test moves, counting the reads and when each began. */
function fakeStore() {
  let generation = 1;
  const reads: { began: number }[] = [];
  let clock = 0;
  const pending: (() => void)[] = [];
  const read = () =>
    new Promise<{ ok: true; value: number }>((resolve) => {
      reads.push({ began: (clock += 1) });
      const seen = generation;
      pending.push(() => resolve({ ok: true, value: seen }));
    });
  return {
    reads,
    read,
    write: () => (generation += 1),
    finishReads: () => pending.splice(0).forEach((finish) => finish()),
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("reads of the store's generation shared by the requests that arrive together", () => {
  it("requests arriving in the same turn share one read", async () => {
    const store = fakeStore();
    const reads = new GenerationReads(store.read);
    const answers = [reads.next(), reads.next(), reads.next()];
    await turn();
    store.finishReads();
    expect(await Promise.all(answers)).toEqual([1, 1, 1].map((generation) => ({ ok: true, value: generation })));
    expect(store.reads).toHaveLength(1);
  });

  it("a request arriving while a read runs waits for a read that starts after it, and sees a write made meanwhile", async () => {
    const store = fakeStore();
    const reads = new GenerationReads(store.read);
    const early = reads.next();
    await turn(); // the first read is running now
    store.write(); // a write finishes after that read began, before the next request comes
    const late = reads.next();
    await turn();
    expect(store.reads).toHaveLength(1); // the late request did not start a read beside the running one
    store.finishReads();
    expect(await early).toEqual({ ok: true, value: 1 });
    await turn();
    store.finishReads();
    expect(await late).toEqual({ ok: true, value: 2 });
    expect(store.reads).toHaveLength(2);
  });

  it("a failed read is the answer of every request that joined it, and the next request reads again", async () => {
    let fail = true;
    const reads = new GenerationReads<string>(() =>
      fail ? Promise.reject(new Error("database is locked")) : Promise.resolve({ ok: true, value: 7 }),
    );
    const failed = await Promise.all([reads.next(), reads.next()]);
    expect(failed.map((outcome) => outcome.ok)).toEqual([false, false]);
    fail = false;
    expect(await reads.next()).toEqual({ ok: true, value: 7 });
  });
});
