import { Context, Effect, ManagedRuntime, Result, type Layer } from "effect";
import { Store, type StoreShape } from "../../store/Store";

/** A Layer that provides a Store; it may be scoped (create a database on build, drop it on release). */
export type StoreLayer = Layer.Layer<Store, unknown>;

/** Makes the Layer of a new, empty store. Called once for every test of the contract suite. */
export type MakeStoreLayer = () => StoreLayer | Promise<StoreLayer>;

/** What the contract's rules need from the suite: a fresh store per test, and the property-test settings. */
export interface StoreHarness {
  /**
   * Builds a new, empty store from the adapter's layer, hands it to `body`, and releases the
   * layer afterwards (whether `body` passed or failed), so a SQL store's scoped layer can drop
   * its schema or delete its file.
   */
  readonly withStore: <A>(body: (store: StoreShape) => Promise<A>) => Promise<A>;
  /** Runs of each property test. */
  readonly numRuns: number;
  /** A fast-check seed, to replay a failure; random when undefined. */
  readonly seed: number | undefined;
  /** The options every test is registered with (the adapter's timeout, when it set one). */
  readonly testOptions: { readonly timeout?: number };
}

/** Builds the harness around an adapter's layer factory. */
export function storeHarness(
  makeLayer: MakeStoreLayer,
  settings: { readonly numRuns: number; readonly seed: number | undefined; readonly timeout: number | undefined },
): StoreHarness {
  return {
    numRuns: settings.numRuns,
    seed: settings.seed,
    testOptions: settings.timeout === undefined ? {} : { timeout: settings.timeout },
    withStore: async (body) => {
      const runtime = ManagedRuntime.make(await makeLayer());
      try {
        const store = Context.get(await runtime.context(), Store);
        return await body(store);
      } finally {
        await runtime.dispose();
      }
    },
  };
}

function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { _tag, message } = error as { readonly _tag?: unknown; readonly message?: unknown };
    return `${typeof _tag === "string" ? `${_tag}: ` : ""}${typeof message === "string" ? message : JSON.stringify(error)}`;
  }
  return String(error);
}

/** Runs a store operation that must succeed; a failure throws with the store's own message. */
export async function succeeds<A, E>(effect: Effect.Effect<A, E>): Promise<A> {
  const result = await Effect.runPromise(Effect.result(effect));
  if (Result.isFailure(result))
    throw new Error(`expected the store to succeed, but it failed with ${describeError(result.failure)}`);
  return result.success;
}

/** Runs a store operation that must fail and returns its error. */
export async function fails<A, E>(effect: Effect.Effect<A, E>): Promise<E> {
  const result = await Effect.runPromise(Effect.result(effect));
  if (Result.isSuccess(result))
    throw new Error(`expected the store to fail, but it succeeded with ${JSON.stringify(result.success)}`);
  return result.failure;
}

/** Runs a store operation and returns its outcome, for tests that accept either. */
export async function outcome<A, E>(effect: Effect.Effect<A, E>): Promise<Result.Result<A, E>> {
  return Effect.runPromise(Effect.result(effect));
}

/** An import source over a list of entries, as a reader would produce them. */
export async function* entriesOf<T>(entries: readonly T[]): AsyncIterable<T> {
  for (const entry of entries) yield await Promise.resolve(entry);
}

/** Reads every page of a paged query, checking each page's size, and returns the items in order. */
export async function allPages<T>(
  page: (
    cursor: string | undefined,
  ) => Effect.Effect<{ readonly items: readonly T[]; readonly nextCursor?: string }, unknown>,
  limit: number,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; ; pages += 1) {
    const current = await succeeds(page(cursor));
    if (current.items.length > limit)
      throw new Error(`a page asked for at most ${limit} items and got ${current.items.length}`);
    items.push(...current.items);
    if (current.nextCursor === undefined) return items;
    if (pages > 10_000) throw new Error("the store kept returning a next cursor");
    cursor = current.nextCursor;
  }
}
