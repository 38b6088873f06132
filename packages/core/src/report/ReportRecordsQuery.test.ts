import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../store/ImportEntry";
import { InMemoryStore } from "../store/InMemoryStore";
import { Store } from "../store/Store";
import { reportFixture } from "../testing/ReportFixture";
import { reportRecords } from "./ReportRecordsQuery";

/** A store holding the fixture's records: three trainings (two in 2020, one in 2019) and what a report names. */
function storedFixture() {
  const fixture = reportFixture();
  const entries: ImportEntry[] = [
    ...(fixture.bodies ?? []).map((record) => ({ kind: "body" as const, record })),
    ...fixture.sessions.map((record) => ({ kind: "session" as const, record })),
    ...fixture.mandates.map((record) => ({ kind: "mandate" as const, record })),
    ...fixture.activities.map((record) => ({ kind: "activity" as const, record })),
    ...fixture.indicators.map((record) => ({ kind: "indicator" as const, record })),
    ...fixture.observations.map((record) => ({ kind: "observation" as const, record })),
  ];
  const load = Effect.gen(function* () {
    const store = yield* Store;
    yield* store.importRecords(
      (async function* () {
        yield* entries;
      })(),
      { actor: "test" },
    );
  });
  return { fixture, entries, load };
}

describe("the records a report reads", () => {
  it("reads the activities of the period only, and every other kind whole", async () => {
    const { fixture, load } = storedFixture();
    const records = await Effect.runPromise(
      Effect.andThen(load, reportRecords({ start: "2020" })).pipe(Effect.provide(InMemoryStore.layer())),
    );
    expect(records.activities.map((activity) => activity.id).sort()).toEqual(["act-a", "act-b"]);
    expect(records.mandates).toHaveLength(fixture.mandates.length);
    expect(records.sessions).toHaveLength(fixture.sessions.length);
    expect(records.observations).toHaveLength(fixture.observations.length);
    expect(records.indicators).toHaveLength(fixture.indicators.length);
    expect(records.bodies).toHaveLength(fixture.bodies?.length ?? 0);
  });

  it("counts every record it reads, for a progress bar", async () => {
    const { entries, load } = storedFixture();
    let read = 0;
    await Effect.runPromise(
      Effect.andThen(load, reportRecords({ start: "2019" }, { onRecord: () => (read += 1) })).pipe(
        Effect.provide(InMemoryStore.layer()),
      ),
    );
    // 2019 keeps act-old and leaves out the two trainings of 2020.
    expect(read).toBe(entries.length - 2);
  });
});
