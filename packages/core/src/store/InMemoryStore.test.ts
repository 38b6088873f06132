import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { storeContract } from "../testing/storeContract";
import { sampleRecord } from "../testing/contract/sampleRecords";
import { InMemoryStore } from "./InMemoryStore";
import { Store } from "./Store";

storeContract("InMemoryStore", () => InMemoryStore.layer());

/** A clock that starts on 17 May 2021, the first day of the CCPCJ 30th session, and moves a minute per reading. */
function steppingClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2021, 4, 17, 9, minutes++));
}

describe("InMemoryStore", () => {
  it("stamps revisions and the audit trail with the clock it is given", async () => {
    const store = InMemoryStore.make({ clock: steppingClock() });
    const [first, second] = [sampleRecord("body", "regional-bureau"), sampleRecord("mandate", "regional-bureau")];
    const created = await Effect.runPromise(store.put("body", first, { actor: "secretariat" }));
    expect(created).toMatchObject({ createdAt: "2021-05-17T09:00:00.000Z", updatedAt: "2021-05-17T09:00:00.000Z" });
    await Effect.runPromise(store.put("mandate", second, { actor: "secretariat" }));
    await Effect.runPromise(store.remove("body", "regional-bureau", { actor: "secretariat" }));
    const trail = await Effect.runPromise(store.history("body", "regional-bureau"));
    expect(trail.map((entry) => entry.at)).toEqual(["2021-05-17T09:00:00.000Z", "2021-05-17T09:02:00.000Z"]);
  });

  it("gives a new, empty store each time its layer is built", async () => {
    const layer = InMemoryStore.layer();
    const write = Effect.gen(function* () {
      const store = yield* Store;
      yield* store.put("body", sampleRecord("body", "regional-bureau"), { actor: "editor" });
    });
    const count = Effect.gen(function* () {
      const store = yield* Store;
      return (yield* store.list("body")).items.length;
    });
    await Effect.runPromise(write.pipe(Effect.provide(layer)));
    expect(await Effect.runPromise(count.pipe(Effect.provide(layer)))).toBe(0);
  });

  it("serves programs that ask for the Store by its tag", async () => {
    const program = Effect.gen(function* () {
      const store = yield* Store;
      yield* store.put("body", sampleRecord("body", "regional-bureau"), { actor: "editor" });
      return (yield* store.get("body", "regional-bureau")).revision;
    });
    expect(await Effect.runPromise(program.pipe(Effect.provide(InMemoryStore.layer())))).toBe(1);
  });
});
