import { createHash } from "node:crypto";
import { Context, Effect, ManagedRuntime, Result, type Layer } from "effect";
import { ENTITY_KINDS, Store, type StoreShape } from "@remit/core";

/** A Layer of a new, empty store, as each adapter's tests make one. */
export type MakeLayer = () => Layer.Layer<Store, unknown>;

/** Builds a store from its layer, runs `body`, and releases the layer whatever happens. */
export async function withStore<A>(makeLayer: MakeLayer, body: (store: StoreShape) => Promise<A>): Promise<A> {
  const runtime = ManagedRuntime.make(makeLayer());
  try {
    return await body(Context.get(await runtime.context(), Store));
  } finally {
    await runtime.dispose();
  }
}

/** Runs a store operation that must succeed. */
export async function succeeds<A, E>(effect: Effect.Effect<A, E>): Promise<A> {
  const result = await Effect.runPromise(Effect.result(effect));
  if (Result.isFailure(result)) throw new Error(`the store failed: ${JSON.stringify(result.failure)}`);
  return result.success;
}

/** Runs a store operation that must fail, and returns its error. */
export async function fails<A, E>(effect: Effect.Effect<A, E>): Promise<E> {
  const result = await Effect.runPromise(Effect.result(effect));
  if (Result.isSuccess(result)) throw new Error("expected the store to fail, but it succeeded");
  return result.failure;
}

/**
 * A digest of everything a store holds, read through the port: every record of every kind
 * with its revision, timestamps and audit trail. Two stores with the same digest hold the
 * same content.
 */
export async function contentDigest(store: StoreShape): Promise<string> {
  const hash = createHash("sha256");
  for (const kind of ENTITY_KINDS) {
    let cursor: string | undefined;
    do {
      const page = await succeeds(store.list(kind, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) }));
      for (const stored of page.items) {
        hash.update(JSON.stringify(stored));
        hash.update(JSON.stringify(await succeeds(store.history(kind, stored.record.id))));
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  }
  return hash.digest("hex");
}
