import type { Activity, ActivityFilter, EntityKind, EntityOf, Page, Stored, StoreShape } from "@remit/core";
import { PAGE_MAX_LIMIT } from "@remit/core";
import { Effect } from "effect";

/** Called once per record streamed, for the progress bar. */
export type OnRecord = () => void;

async function* pages<K extends EntityKind>(
  fetch: (cursor: string | undefined) => Effect.Effect<Page<Stored<K>>, unknown>,
  onRecord: OnRecord,
): AsyncGenerator<EntityOf<K>> {
  let cursor: string | undefined;
  do {
    const page = await Effect.runPromise(fetch(cursor));
    for (const stored of page.items) {
      onRecord();
      yield stored.record;
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

function pageRequest(cursor: string | undefined): { readonly limit: number; readonly cursor?: string } {
  return { limit: PAGE_MAX_LIMIT, ...(cursor === undefined ? {} : { cursor }) };
}

/**
 * Every record of a kind, streamed a page (1,000) at a time as the consumer asks for them,
 * so exporting a million activities never holds them all in memory.
 */
export function streamKind<K extends EntityKind>(
  store: StoreShape,
  kind: K,
  onRecord: OnRecord = () => undefined,
): AsyncGenerator<EntityOf<K>> {
  return pages<K>((cursor) => store.list(kind, pageRequest(cursor)), onRecord);
}

/** The activities matching a filter, streamed a page at a time (the store's `findActivities`). */
export function streamActivities(
  store: StoreShape,
  filter: ActivityFilter,
  onRecord: OnRecord = () => undefined,
): AsyncGenerator<Activity> {
  return pages<"activity">((cursor) => store.findActivities(filter, pageRequest(cursor)), onRecord);
}

/** Every record a stream yields, in memory: for the small kinds a renderer needs whole (mandates, bodies). */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of stream) all.push(item);
  return all;
}
