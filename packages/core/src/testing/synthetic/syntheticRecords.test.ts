import { describe, expect, it } from "vitest";
import { Activity } from "../../activity/Activity";
import { Indicator } from "../../metric/Indicator";
import { Observation } from "../../metric/Observation";
import { syntheticActivities, syntheticActivitiesWithResults, syntheticRecords } from "./syntheticRecords";

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of stream) out.push(value);
  return out;
}

describe("synthetic records", () => {
  it("are valid records of core's schemas, every observation about the activity before it", () => {
    let lastActivity = "";
    const kinds = new Map<string, number>();
    for (const { kind, record } of syntheticRecords(400, 7)) {
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (kind === "indicator") expect(Indicator.parse(record)).toEqual(record);
      if (kind === "activity") {
        expect(Activity.parse(record)).toEqual(record);
        lastActivity = record.id;
      }
      if (kind === "observation") {
        expect(Observation.parse(record)).toEqual(record);
        expect(record.activityIds).toEqual([lastActivity]);
      }
    }
    expect(Object.fromEntries(kinds)).toEqual({ indicator: 4, activity: 400, observation: 100 });
  });

  it("are the same for the same seed and differ for another", async () => {
    const first = await collect(syntheticActivities(20, 1));
    expect(await collect(syntheticActivities(20, 1))).toEqual(first);
    expect(await collect(syntheticActivities(20, 2))).not.toEqual(first);
  });

  it("give every activity with results one valid observation of it", async () => {
    for (const { activity, observations } of await collect(syntheticActivitiesWithResults(200, 3))) {
      expect(observations.map((observation) => Observation.parse(observation).activityIds)).toEqual([[activity.id]]);
    }
  });
});
