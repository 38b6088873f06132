import {
  PAGE_MAX_LIMIT,
  type ActivityFilter,
  type EntityKind,
  type EntityOf,
  type Page,
  type Stored,
  type StoreShape,
} from "@remit/core";
import { Effect, type ManagedRuntime } from "effect";
import type { ApiServices } from "../ApiContext";

type Runtime = ManagedRuntime.ManagedRuntime<ApiServices, unknown>;

async function* pages<K extends EntityKind>(
  runtime: Runtime,
  fetch: (cursor: string | undefined) => Effect.Effect<Page<Stored<K>>, unknown>,
): AsyncGenerator<EntityOf<K>> {
  let cursor: string | undefined;
  do {
    const page = await runtime.runPromise(fetch(cursor));
    for (const stored of page.items) yield stored.record;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

const request = (cursor: string | undefined) => ({
  limit: PAGE_MAX_LIMIT,
  ...(cursor === undefined ? {} : { cursor }),
});

/**
 * Every record of a kind, read a page (1,000) at a time as the consumer pulls: an export of a
 * million activities holds one page, never the million.
 */
export function streamKind<K extends EntityKind>(
  runtime: Runtime,
  store: StoreShape,
  kind: K,
): AsyncGenerator<EntityOf<K>> {
  return pages<K>(runtime, (cursor) => store.list(kind, request(cursor)));
}

/** The activities matching a filter, a page at a time. */
export function streamActivities(runtime: Runtime, store: StoreShape, filter: ActivityFilter) {
  return pages<"activity">(runtime, (cursor) => store.findActivities(filter, request(cursor)));
}

/** Every record a stream yields, in memory: for the kinds that are few (mandates, bodies, indicators). */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of stream) all.push(item);
  return all;
}

/**
 * A response body from chunks produced on demand: the next chunk is made only when the
 * socket has taken the last (the stream's pull), so a slow client slows the export instead of
 * filling memory. Cancelling (the client went away) stops the producer.
 */
export function pulledBody(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next();
        if (next.done === true) controller.close();
        else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** Effect's view of a promise-returning step, for handlers. */
export const fromPromise = <A>(work: () => Promise<A>) => Effect.promise(work);
