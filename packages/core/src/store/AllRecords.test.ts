import { Effect, Layer, Stream } from "effect";
import { describe, expect, it } from "vitest";
import { sampleRecords } from "../testing/contract/sampleRecords";
import { isStoreEmpty, listAll, listFound, storeEntries, streamAll, streamPages } from "./AllRecords";
import { InMemoryStore } from "./InMemoryStore";
import { Store, type StoreShape } from "./Store";
import { StoreFailure } from "./StoreErrors";

/** Runs a program against a new in-memory store holding `seed`'s writes. */
async function withStore<A, E>(
  seed: (store: StoreShape) => Effect.Effect<unknown, unknown>,
  program: Effect.Effect<A, E, Store>,
): Promise<A> {
  const store = InMemoryStore.make();
  await Effect.runPromise(seed(store));
  return Effect.runPromise(program.pipe(Effect.provideService(Store, store)));
}

const activities = sampleRecords("activity", 2_345, "act");

function putAll(store: StoreShape) {
  return Effect.forEach(activities, (activity) => store.put("activity", activity, { actor: "loader" }));
}

describe("reading every record of a store", () => {
  it("lists every record of a kind across pages, in id order", async () => {
    const all = await withStore(putAll, listAll("activity"));
    expect(all.map((stored) => stored.record.id)).toEqual(activities.map((activity) => activity.id));
  });

  it("streams a kind a page at a time, fetching the next page only when it is reached", async () => {
    let pages = 0;
    const store = InMemoryStore.make();
    await Effect.runPromise(putAll(store));
    const counted = streamPages((cursor) => {
      pages += 1;
      return store.list("activity", { limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
    });
    const first = await Effect.runPromise(Stream.runCollect(Stream.take(counted, 10)));
    expect(first).toHaveLength(10);
    expect(pages).toBe(1);
    expect(await Effect.runPromise(Stream.runCount(counted))).toBe(2_345);
  });

  it("keeps a store failure typed in the stream's error channel", async () => {
    const failing: StoreShape = {
      ...InMemoryStore.make(),
      list: () => Effect.fail(new StoreFailure({ operation: "list", message: "the database went away" })),
    };
    const result = await Effect.runPromise(
      Effect.result(Stream.runCollect(streamAll("mandate")).pipe(Effect.provide(Layer.succeed(Store, failing)))),
    );
    expect(result._tag === "Failure" && result.failure).toMatchObject({ _tag: "StoreFailure", operation: "list" });
  });

  it("finds the records matching a filter across pages", async () => {
    const found = await withStore(putAll, listFound("activity", { kind: "training" }));
    expect(found.map((stored) => stored.record.id)).toEqual(
      activities.filter((activity) => activity.kind === "training").map((activity) => activity.id),
    );
  });

  it("gives every record as import entries, kind by kind, and knows an empty store", async () => {
    const [body] = sampleRecords("body", 1, "body");
    const seed = (store: StoreShape) =>
      Effect.all([
        store.put("mandate", sampleRecords("mandate", 1, "m")[0]!, { actor: "a" }),
        store.put("body", body!, { actor: "a" }),
      ]);
    const entries = await withStore(seed, Stream.runCollect(storeEntries));
    expect(entries.map((entry) => entry.kind)).toEqual(["body", "mandate"]);
    expect(entries[0]!.record).toEqual(body);
    expect(await withStore(seed, isStoreEmpty)).toBe(false);
    expect(await withStore(() => Effect.void, isStoreEmpty)).toBe(true);
  });
});
