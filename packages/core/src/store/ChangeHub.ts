import { Effect, Queue, Stream } from "effect";
import { storeChanged, type StoreChange } from "./StoreChange";
import { StoreFailure, isStoreError } from "./StoreErrors";

/**
 * Where a store hears of changes made through other handles of the same database (PostgreSQL's
 * LISTEN, a poll of SQLite's data_version). Started once, at the first subscription, and
 * stopped when the store closes: one source per store, however many subscribe.
 */
export interface ChangeSource {
  /** Starts hearing changes, handing each to `heard`; resolves once it is listening. */
  readonly start: (heard: (change: StoreChange) => void) => Promise<void>;
  /** Stops hearing; nothing is handed to `heard` afterwards. */
  readonly stop: () => Promise<void>;
}

type Listener = (change: StoreChange) => void;

/**
 * The subscribers of one store's `changes`, and what they are told: the store publishes its own
 * changes, the source (when it has one) those of every other handle. A new subscriber first
 * hears StoreChanged("listening"), once the source listens, and then every change after it.
 * @example
 * const hub = new ChangeHub();
 * const store = { ...operations, changes: hub.changes };
 * hub.publish(recordChanged("mandate", "a-res-74-173", 2)); // after the write is done
 */
export class ChangeHub {
  private readonly listeners = new Set<Listener>();
  private started: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly source?: ChangeSource) {}

  /** Tells every subscriber of a change. */
  publish(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** The port's `changes`: a subscription for as long as the stream is consumed. */
  readonly changes: Stream.Stream<StoreChange, StoreFailure> = Stream.callback<StoreChange, StoreFailure>((queue) =>
    Effect.acquireRelease(
      Effect.tryPromise({
        try: () => this.join((change) => void Queue.offerUnsafe(queue, change)),
        catch: (cause) =>
          isStoreError(cause) && cause._tag === "StoreFailure"
            ? cause
            : new StoreFailure({
                operation: "changes",
                message: `The store could not start listening for changes: ${cause instanceof Error ? cause.message : String(cause)}`,
                cause,
              }),
      }),
      (listener) => Effect.sync(() => this.listeners.delete(listener)),
    ),
  );

  /** Stops the source; later subscriptions fail. Called when the store closes. */
  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const started = this.started;
    this.started = undefined;
    if (started !== undefined && this.source !== undefined) {
      await started.catch(() => undefined);
      await this.source.stop();
    }
  }

  private async join(listener: Listener): Promise<Listener> {
    if (this.closed)
      throw new StoreFailure({
        operation: "changes",
        message: "The store is closed: open it again to follow its changes.",
      });
    if (this.source !== undefined) {
      // A failed start is forgotten, so that the next subscriber tries again.
      this.started ??= this.source
        .start((change) => this.publish(change))
        .catch((error: unknown) => {
          this.started = undefined;
          throw error;
        });
      await this.started;
    }
    listener(storeChanged("listening"));
    this.listeners.add(listener);
    return listener;
  }
}
