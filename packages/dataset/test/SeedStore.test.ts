import { ActivityFilter, InMemoryStore, Store, matchesActivityFilter } from "@remit/core";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { datasetCounts, seedStore, seedStoreWith } from "../src";
import { seedDataset } from "./SeedQueries";

const dataset = seedDataset();
const total = Object.values(datasetCounts(dataset)).reduce((sum, count) => sum + count, 0);

function run<A, E>(program: Effect.Effect<A, E, Store>): Promise<A> {
  return Effect.runPromise(program.pipe(Effect.provide(InMemoryStore.layer())));
}

describe("seeding a store", () => {
  it("writes every record once, and a second seeding changes nothing", async () => {
    const [first, second, histories] = await run(
      Effect.gen(function* () {
        const first = yield* seedStoreWith({ actor: "first" });
        const second = yield* seedStoreWith({ actor: "second" });
        const store = yield* Store;
        const histories = yield* Effect.forEach(dataset.mandates, (mandate) => store.history("mandate", mandate.id));
        return [first, second, histories] as const;
      }),
    );
    expect(first).toMatchObject({ read: total, written: total, unchanged: 0, rejected: 0, problems: [] });
    expect(second).toMatchObject({ read: total, written: 0, unchanged: total, rejected: 0, problems: [] });
    // One revision per record: the second seeding made no new revision and no audit entry.
    for (const history of histories)
      expect(history.map((entry) => [entry.revision, entry.actor])).toEqual([[1, "first"]]);
  });

  it("stores the records as the dataset holds them", async () => {
    const stored = await run(
      Effect.gen(function* () {
        yield* seedStore;
        const store = yield* Store;
        return yield* store.get("observation", "obs-2020-cybercrime-training-practitioners");
      }),
    );
    expect(stored.record).toEqual(
      dataset.observations.find((observation) => observation.id === "obs-2020-cybercrime-training-practitioners"),
    );
    expect(stored.updatedBy).toBe("@remit/dataset");
  });

  it("lets the store answer the dataset's questions as core's pure functions do", async () => {
    const filter = ActivityFilter.parse({ kind: "training", region: "013" });
    const [activities, due] = await run(
      Effect.gen(function* () {
        yield* seedStore;
        const store = yield* Store;
        const page = yield* store.findActivities(filter);
        const due = yield* store.reportsDue("ccpcj", 30);
        return [page.items.map((item) => item.record.id), due.map((report) => report.mandate.id)] as const;
      }),
    );
    expect(activities).toEqual(
      dataset.activities
        .filter((activity) => matchesActivityFilter(activity, filter))
        .map((activity) => activity.id)
        .sort(),
    );
    expect(due).toEqual(["a-res-74-173"]);
  });
});
