import { Effect, type Result } from "effect";
import type { ImportEntry } from "./ImportEntry";
import { InMemoryStore } from "./InMemoryStore";
import { Store } from "./Store";

/**
 * Runs a store query against an in-memory store holding `entries` (imported in the order
 * given), for the tests of the queries beside the Store port. The answer or the typed
 * failure comes back as a Result, so a test can read either.
 */
export function queryStoreOf<A, E>(
  entries: readonly ImportEntry[],
  query: Effect.Effect<A, E, Store>,
): Promise<Result.Result<A, E>> {
  const load = Effect.gen(function* () {
    const store = yield* Store;
    yield* store.importRecords(
      (async function* () {
        yield* entries;
      })(),
      { actor: "test" },
    );
  });
  return Effect.runPromise(
    Effect.result(Effect.andThen(load, query)).pipe(Effect.provide(InMemoryStore.layer())) as Effect.Effect<
      Result.Result<A, E>
    >,
  );
}
