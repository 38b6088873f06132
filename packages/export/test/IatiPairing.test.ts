import type { Activity, Observation } from "@remit/core";
import { describe, expect, it } from "vitest";
import { seededRandom, syntheticActivity, syntheticCountries, syntheticObservation } from "@remit/core/testing";
import { streamWithObservations, withObservations } from "../src/iati";

const random = seededRandom(7);
const countries = syntheticCountries(7);
const activities = Array.from({ length: 40 }, (_, index) => syntheticActivity(random, index, countries));
// Every third activity has a result; one observation names two activities.
const observations: Observation[] = activities
  .filter((_, index) => index % 3 === 0)
  .map((activity, index) => syntheticObservation(random, activity, index));
const shared = observations[0];
const sharedWith = activities[1];
if (shared !== undefined && sharedWith !== undefined)
  observations[0] = { ...shared, activityIds: [...shared.activityIds, sharedWith.id] };

async function* streamed(items: readonly Activity[], pulled: string[]): AsyncGenerator<Activity> {
  for (const item of items) {
    pulled.push(item.id);
    yield item;
  }
}

describe("pairing streamed activities with their results", () => {
  it("pairs each activity with the observations naming it, as withObservations does in memory", async () => {
    const paired = [];
    for await (const item of streamWithObservations(streamed(activities, []), observations)) paired.push(item);
    expect(paired).toEqual(withObservations(activities, observations));
    expect(paired[1]?.observations.map((observation) => observation.id)).toEqual([observations[0]?.id]);
  });

  it("reads an activity only when the writer asks for the next one", async () => {
    const pulled: string[] = [];
    const pairs = streamWithObservations(streamed(activities, pulled), observations);
    await pairs.next();
    await pairs.next();
    expect(pulled).toEqual([activities[0]?.id, activities[1]?.id]);
  });
});
