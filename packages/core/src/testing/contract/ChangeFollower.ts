import { Effect, Fiber, Stream } from "effect";
import type { StoreShape } from "../../store/Store";
import type { StoreChange } from "../../store/StoreChange";

/** What a subscriber of a store's `changes` heard so far, and how to stop it. */
export interface ChangeFollower {
  /** Every change heard, in order (the first is StoreChanged("listening")). */
  readonly heard: readonly StoreChange[];
  /** Resolves once the subscription listens (its first change arrived). */
  readonly listening: Promise<void>;
  /**
   * Resolves with the first change that `wanted` accepts among those heard after listening and
   * after the change the previous `hears` resolved with; rejects after `timeoutMs`.
   */
  readonly hears: (wanted: (change: StoreChange) => boolean, timeoutMs?: number) => Promise<StoreChange>;
  /** Ends the subscription. */
  readonly stop: () => Promise<void>;
}

/** How long a change may take to arrive before a test gives up (a bound, not a speed target). */
const ARRIVAL_BOUND_MS = 10_000;

/** Subscribes to a store's changes in the background, as a screen following it would. */
export function followChanges(store: StoreShape): ChangeFollower {
  const heard: StoreChange[] = [];
  const waiting = new Set<() => void>();
  let consumed = 1;
  const fiber = Effect.runFork(
    Stream.runForEach(store.changes, (change) =>
      Effect.sync(() => {
        heard.push(change);
        for (const wake of waiting) wake();
      }),
    ),
  );
  const hears = (wanted: (change: StoreChange) => boolean, timeoutMs = ARRIVAL_BOUND_MS) =>
    new Promise<StoreChange>((resolve, reject) => {
      const look = () => {
        const at = heard.findIndex((change, index) => index >= consumed && wanted(change));
        if (at < 0) return false;
        const found = heard[at]!;
        consumed = at + 1;
        clearTimeout(timer);
        waiting.delete(wake);
        resolve(found);
        return true;
      };
      const wake = () => void look();
      const timer = setTimeout(() => {
        waiting.delete(wake);
        reject(new Error(`no such change arrived within ${timeoutMs} ms; heard ${JSON.stringify(heard)}`));
      }, timeoutMs);
      if (!look()) waiting.add(wake);
    });
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the subscription never started listening")), ARRIVAL_BOUND_MS);
    const wake = () => {
      if (heard.length === 0) return;
      clearTimeout(timer);
      waiting.delete(wake);
      resolve();
    };
    waiting.add(wake);
    // The fiber may have run up to its first change before this promise was made.
    wake();
  });
  return { heard, listening, hears, stop: () => Effect.runPromise(Fiber.interrupt(fiber)).then(() => undefined) };
}
