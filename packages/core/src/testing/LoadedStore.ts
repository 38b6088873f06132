import { Effect, type Result } from "effect";
import type { ImportEntry } from "../store/ImportEntry";
import { InMemoryStore } from "../store/InMemoryStore";
import { Store } from "../store/Store";

/**
 * Runs a store query against a fresh in-memory store holding `entries` (imported in the
 * order given), for tests of queries written against the Store port, in core or wherever a
 * report's content lives. The answer or the typed failure comes back as a Result, so a test
 * can read either.
 * @example
 * const result = await queryStoreOf(reportFixtureEntries(), reportOnMandate({ mandate: "A/RES/74/173", period: { start: "2020" }, language: "en", content: reportContentFor }));
 * if (result._tag === "Failure") console.log(result.failure._tag);
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
