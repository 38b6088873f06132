import type { Activity, EntityKind, EntityOf, Observation } from "@remit/core";
import { loadDataset } from "@remit/dataset";
import { afterEach, describe, expect, it, vi } from "vitest";
import { exportRecords } from "../src/formats";
import { collectText, pagedWithObservations, withObservations } from "../src/iati";

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The dataset as a store reads it out: every kind in id order. */
function storeOrder() {
  const data = dataset();
  const records: { readonly [K in EntityKind]?: readonly EntityOf<K>[] } = {
    activity: [...data.activities].sort(byId),
    observation: [...data.observations].sort(byId),
    mandate: [...data.mandates].sort(byId),
    indicator: [...data.indicators].sort(byId),
    body: [...data.bodies].sort(byId),
  };
  const of = <K extends EntityKind>(kind: K): readonly EntityOf<K>[] => records[kind] ?? [];
  return { data, of };
}

/** A lookup of the observations of some activities that notes how many ids each call asks for. */
function countedLookup(observations: readonly Observation[]) {
  const asks: number[] = [];
  const lookup = (activityIds: readonly string[]) => {
    asks.push(activityIds.length);
    const wanted = new Set(activityIds);
    return observations.filter((observation) => observation.activityIds.some((id) => wanted.has(id)));
  };
  return { asks, lookup };
}

async function* pulledOneByOne(activities: readonly Activity[], pulled: string[]): AsyncGenerator<Activity> {
  for (const activity of activities) {
    pulled.push(activity.id);
    yield activity;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the IATI export of a store, a page of activities at a time", () => {
  it("writes the dataset's file byte for byte as reading every observation first did", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2021-03-01T12:00:00Z"));
    const { data, of } = storeOrder();
    const { asks, lookup } = countedLookup(of("observation"));
    const whole = await collectText((await exportRecords("iati", ["activity"], of)) as AsyncIterable<string>);
    const paged = await collectText(
      (await exportRecords("iati", ["activity"], of, of, { observationsOf: lookup })) as AsyncIterable<string>,
    );
    expect(paged).toBe(whole);
    expect(paged).toContain("<result ");
    expect(asks).toEqual([data.activities.length]);
  });

  it("pairs each activity with the observations naming it, across pages, as withObservations does", async () => {
    const { of } = storeOrder();
    const activities = of("activity");
    const { asks, lookup } = countedLookup(of("observation"));
    const paired = [];
    for await (const item of pagedWithObservations(activities, lookup, 4)) paired.push(item);
    expect(paired).toEqual(withObservations(activities, of("observation")));
    expect(Math.max(...asks)).toBe(4);
    expect(asks).toHaveLength(Math.ceil(activities.length / 4));
  });

  it("reads the next page of activities only when the writer has taken the last one", async () => {
    const { of } = storeOrder();
    const activities = of("activity");
    const pulled: string[] = [];
    const pairs = pagedWithObservations(pulledOneByOne(activities, pulled), countedLookup([]).lookup, 3);
    for (let taken = 0; taken < 3; taken += 1) await pairs.next();
    expect(pulled).toHaveLength(3);
    await pairs.next();
    expect(pulled).toHaveLength(6);
  });
});
