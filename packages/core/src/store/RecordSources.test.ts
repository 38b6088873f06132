import { Effect, Exit, Stream } from "effect";
import { describe, expect, it } from "vitest";
import { matchesActivityFilter } from "../activity/ActivityFilter";
import { sampleRecords } from "../testing/contract/sampleRecords";
import { InMemoryStore } from "./InMemoryStore";
import { exportedRecords, pullingRecords, recordSources } from "./RecordSources";
import { Store, type StoreShape } from "./Store";
import { StoreFailure } from "./StoreErrors";

const activities = sampleRecords("activity", 1_234, "act");
const bodies = sampleRecords("body", 3, "body");

async function storeHolding(): Promise<StoreShape> {
  const store = InMemoryStore.make();
  await Effect.runPromise(
    Effect.andThen(
      Effect.forEach(activities, (activity) => store.put("activity", activity, { actor: "loader" })),
      Effect.forEach(bodies, (body) => store.put("body", body, { actor: "loader" })),
    ),
  );
  return store;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of source) all.push(item);
  return all;
}

/** A store whose every read fails, as a database that went away does. */
function unreachable(store: StoreShape): StoreShape {
  const failure = new StoreFailure({ operation: "list", message: "the database is unreachable" });
  return { ...store, list: () => Effect.fail(failure), find: () => Effect.fail(failure) };
}

describe("the records an export reads", () => {
  it("reads every activity across pages when unfiltered, and every record of another kind", async () => {
    const store = await storeHolding();
    const read = (kind: "activity" | "body") =>
      Effect.runPromise(Stream.runCollect(exportedRecords(kind, {})).pipe(Effect.provideService(Store, store)));
    expect((await read("activity")).map((activity) => activity.id)).toEqual(activities.map((a) => a.id));
    expect(await read("body")).toHaveLength(bodies.length);
  });

  it("reads only the activities the filter matches", async () => {
    const store = await storeHolding();
    const filter = { mandateId: activities[0]?.mandateIds[0] ?? "a-res-74-173" };
    const matching = await Effect.runPromise(
      Stream.runCollect(exportedRecords("activity", filter)).pipe(Effect.provideService(Store, store)),
    );
    const expected = activities.filter((activity) => matchesActivityFilter(activity, filter));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(activities.length);
    expect(matching.map((activity) => activity.id)).toEqual(expected.map((activity) => activity.id));
  });

  it("gives a writer async iterables that count each record pulled", async () => {
    const store = await storeHolding();
    let pulled = 0;
    const read = Effect.gen(function* () {
      const sources = yield* recordSources({}, () => (pulled += 1));
      return yield* pullingRecords(() => collect(sources("activity")));
    });
    const records = await Effect.runPromise(read.pipe(Effect.provideService(Store, store)));
    expect(records).toHaveLength(activities.length);
    expect(pulled).toBe(activities.length);
  });

  it("fails with the store's own tagged error when a read fails mid-export, not with a defect", async () => {
    const store = unreachable(await storeHolding());
    const read = Effect.gen(function* () {
      const sources = yield* recordSources({});
      return yield* pullingRecords(() => collect(sources("body")));
    });
    const exit = await Effect.runPromiseExit(read.pipe(Effect.provideService(Store, store)));
    expect(Exit.isFailure(exit) && exit.cause.reasons.some((reason) => reason._tag === "Fail")).toBe(true);
    const error = await Effect.runPromise(Effect.flip(read).pipe(Effect.provideService(Store, store)));
    expect(error._tag).toBe("StoreFailure");
    expect(error.message).toBe("the database is unreachable");
  });

  it("keeps a writer's own bug a defect", async () => {
    const exit = await Effect.runPromiseExit(pullingRecords(() => Promise.reject(new TypeError("a writer's bug"))));
    expect(Exit.isFailure(exit) && exit.cause.reasons.some((reason) => reason._tag === "Die")).toBe(true);
  });
});
