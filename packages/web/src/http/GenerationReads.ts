import { Store, type Result } from "@remit/core";
import { Cause, Effect, Exit, type ManagedRuntime } from "effect";

/**
 * The outcome of one read of the store's generation, shared by every request that joined it:
 * the generation under `value`, or the store's failure under `error`.
 */
export type GenerationRead<E> = Result<number, E>;

/** Runs `work` once the requests that have arrived so far have been parsed (the event loop's next turn). */
const nextTurn: (work: () => void) => void =
  typeof globalThis.setImmediate === "function"
    ? (work) => void setImmediate(work)
    : (work) => void setTimeout(work, 0);

/**
 * Reads of the store's generation, shared by the requests that arrive together. A kept answer
 * may be served only if the generation was read after the request arrived (so that it counts
 * every write finished before then, by any process). So a request never joins a read already
 * running, which may have started before it came: it joins the read queued to start on the
 * event loop's next turn, or when the running one ends, whichever is later; every request
 * arriving until then shares it. Requests that come in the same turn (many, under load) cost
 * one small query instead of one each, and a lone request waits only for that turn.
 */
export class GenerationReads<E> {
  private running: Promise<GenerationRead<E>> | undefined;
  private queued: Promise<GenerationRead<E>> | undefined;

  constructor(private readonly read: () => Promise<GenerationRead<E>>) {}

  /** The store's generation, read after this call. */
  next(): Promise<GenerationRead<E>> {
    if (this.queued !== undefined) return this.queued;
    const before = this.running;
    const turn = new Promise<void>((resolve) => nextTurn(resolve));
    const queued = Promise.all([turn, before]).then(() => {
      this.queued = undefined;
      return this.start();
    });
    this.queued = queued;
    return queued;
  }

  private start(): Promise<GenerationRead<E>> {
    const reading = this.read().then(
      (outcome) => outcome,
      (error: unknown) => ({ ok: false as const, error: error as E }),
    );
    this.running = reading;
    void reading.then(() => {
      if (this.running === reading) this.running = undefined;
    });
    return reading;
  }
}

/** Shared reads of the generation of the store a runtime holds (`Store.generation`). */
export function storeGenerationReads(runtime: ManagedRuntime.ManagedRuntime<Store, unknown>): GenerationReads<unknown> {
  const read = Effect.gen(function* () {
    return yield* (yield* Store).generation();
  });
  return new GenerationReads(async () => {
    const exit = await runtime.runPromiseExit(read);
    return Exit.isSuccess(exit) ? { ok: true, value: exit.value } : { ok: false, error: Cause.squash(exit.cause) };
  });
}
