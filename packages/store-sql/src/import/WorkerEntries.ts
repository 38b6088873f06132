import { Worker } from "node:worker_threads";
import type { JsonLinesSource, StoreFailure } from "@remit/core";
import { importSourceFailure } from "./ImportSourceFailure";
import type { CheckedEntry } from "./CheckedEntry";
import type { FromImportWorker, ImportWorkerSetup, ToImportWorker } from "./ImportWorkerMessages";

/** Entries per message from the worker: a message costs a turn of each thread's event loop. */
const ENTRIES_PER_MESSAGE = 250;
/** Messages the worker may run ahead of the writer: each holds its entries' rows in memory. */
const MESSAGES_AHEAD = 3;
/** The reading thread's young generation (MB). */
const YOUNG_GENERATION_MB = 8;
/** Chunks of the source sent and not yet read by the worker (64 KiB each from a file stream). */
const CHUNKS_AHEAD = 32;

/**
 * The checked entries of a JSON Lines source, read, parsed, validated and prepared by a worker
 * thread (`workerFile`) while this thread writes the ones before: the two halves of an import
 * each take one core. This thread only reads the source's bytes and passes them on; entries
 * come back in input order. Stopping early (a failed write) stops the worker.
 */
export async function* checkedInWorker(
  source: JsonLinesSource,
  workerFile: URL,
  preparing: () => boolean,
): AsyncGenerator<CheckedEntry> {
  const setup: ImportWorkerSetup = {
    options: source.options,
    batchSize: ENTRIES_PER_MESSAGE,
    batchesAhead: MESSAGES_AHEAD,
  };
  const worker = new Worker(workerFile, {
    workerData: setup,
    // What it holds at once is a chunk and a batch; left to size its own heap, its young
    // generation alone took tens of megabytes of the import's resident memory.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const batches: (readonly CheckedEntry[])[] = [];
  let done = false;
  let failure: StoreFailure | undefined;
  let consumed = 0;
  // The writer and the sender of chunks each wait for the worker's messages.
  let waiting: (() => void)[] = [];
  const woken = () => {
    const waiters = waiting;
    waiting = [];
    for (const resolve of waiters) resolve();
  };
  const nextEvent = () => new Promise<void>((resolve) => waiting.push(resolve));
  worker.on("message", (message: FromImportWorker) => {
    consumed = message.consumed;
    if ("done" in message) done = true;
    else if ("batch" in message) batches.push(message.batch);
    woken();
  });
  worker.on("error", (cause) => {
    failure ??= importSourceFailure(cause);
    woken();
  });
  worker.on("exit", () => {
    if (!done) failure ??= importSourceFailure(new Error("the import's reading thread stopped"));
    woken();
  });
  const post = (message: ToImportWorker, transfer?: ArrayBuffer[]) => worker.postMessage(message, transfer);
  let stopped = false;
  const sending = (async () => {
    let sent = 0;
    for await (const chunk of source.chunks) {
      if (stopped) return;
      // A copy of its own, so the worker takes the bytes over instead of copying a shared pool.
      const own = new Uint8Array(chunk);
      post({ chunk: own }, [own.buffer]);
      sent += 1;
      while (sent - consumed >= CHUNKS_AHEAD && !stopped && failure === undefined) await nextEvent();
    }
    post({ end: true });
  })().catch((cause: unknown) => {
    failure ??= importSourceFailure(cause);
    woken();
  });
  let taken = 0;
  try {
    for (;;) {
      const batch = batches.shift();
      if (batch === undefined) {
        if (failure !== undefined) throw failure;
        if (done) return;
        await nextEvent();
        continue;
      }
      taken += 1;
      post({ taken, preparing: preparing() });
      yield* batch;
    }
  } finally {
    stopped = true;
    woken();
    done = true;
    await worker.terminate();
    await sending;
  }
}
