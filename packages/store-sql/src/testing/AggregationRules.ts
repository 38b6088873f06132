import {
  aggregateRecords,
  isShare,
  type Activity,
  type AggregationQuery,
  type Indicator,
  type Observation,
  type StoreShape,
} from "@remit/core";
import { describe, expect, it } from "vitest";
import {
  SYNTHETIC_INDICATORS,
  seededRandom,
  syntheticActivity,
  syntheticCountries,
  syntheticObservation,
} from "@remit/core/testing";
import { succeeds, withStore, type MakeLayer } from "./StoreAccess";

/** Enough observations of one indicator that every one of the store's blocks holds some. */
const OBSERVATIONS = 2_600;

const QUERIES: readonly AggregationQuery[] = [
  {
    indicatorIds: ["practitioners-trained"],
    bucket: "year",
    by: { dimension: "region", regions: ["002", "009", "019", "142", "150"] },
  },
  { indicatorIds: ["practitioners-trained"], bucket: "month", by: { dimension: "country" } },
  { indicatorIds: ["practitioners-trained", "teachers-reached"], bucket: "year", by: { dimension: "topic" } },
  { bucket: "year" },
  { indicatorIds: ["practitioners-trained"], bucket: "year", by: { dimension: "kind" }, sources: true },
];

/** Some activities part of the one before, some possibly overlapping it: cells then warn of overlaps. */
function related(activity: Activity, index: number, activities: readonly Activity[]): Activity {
  const previous = activities[index - 1];
  if (previous === undefined || index % 20 > 1) return activity;
  return index % 20 === 0 ? { ...activity, partOf: previous.id } : { ...activity, mayOverlapWith: [previous.id] };
}

interface Records {
  indicators: Indicator[];
  activities: Activity[];
  observations: Observation[];
}

function records(): Records {
  const random = seededRandom(41);
  const countries = syntheticCountries(41);
  const activities = Array.from({ length: 600 }, (_, index) => syntheticActivity(random, index, countries)).map(
    related,
  );
  const observations = Array.from({ length: OBSERVATIONS }, (_, index) => {
    const drawn = syntheticObservation(random, activities[index % activities.length]!, index);
    // Some figures name a second activity, which other figures, in other blocks, name first.
    const observation =
      index % 9 === 4
        ? { ...drawn, activityIds: [...drawn.activityIds, activities[(index * 7 + 1) % activities.length]!.id] }
        : drawn;
    return index % 5 === 4 ? observation : { ...observation, indicatorId: "practitioners-trained" };
  });
  return { indicators: [...SYNTHETIC_INDICATORS], activities, observations };
}

async function store(
  target: StoreShape,
  kind: "indicator" | "activity" | "observation",
  items: readonly (Indicator | Activity | Observation)[],
): Promise<void> {
  async function* entries() {
    for (const record of items) yield { kind, record };
  }
  await succeeds(target.importRecords(entries(), { actor: "loader" }));
}

async function agreesWithCore(target: StoreShape, model: Records): Promise<void> {
  for (const query of QUERIES) {
    const expected = aggregateRecords(model, query);
    expect(await succeeds(target.aggregateObservations(query))).toEqual(expected);
  }
}

/**
 * Large aggregations (merged from the partials kept per block) agree with core's
 * `aggregateRecords` over the same records, and keep agreeing after observations are put,
 * removed, moved to other activities and imported again, an activity and an indicator
 * change: kept partials are never used once their block changed. Some figures name two
 * activities, so distinct activities are counted across blocks.
 */
export function aggregationRules(makeLayer: MakeLayer): void {
  describe("large aggregations", () => {
    it(
      "agree with aggregateRecords, from scratch, when kept, and after every kind of change",
      { timeout: 180_000 },
      () =>
        withStore(makeLayer, async (target) => {
          const model = records();
          await store(target, "indicator", model.indicators);
          await store(target, "activity", model.activities);
          await store(target, "observation", model.observations);
          await agreesWithCore(target, model);
          // Cells of activities that are parts of others, or may overlap them, warn of it.
          expect((await succeeds(target.aggregateObservations(QUERIES[0]!))).overlaps?.length).toBeGreaterThan(0);
          await agreesWithCore(target, model);

          const changed = {
            ...model.observations[7]!,
            value: { value: 9_999, qualifier: "approximately" as const, unit: "person" },
          };
          await succeeds(target.put("observation", changed, { actor: "editor" }));
          model.observations[7] = changed;
          await succeeds(target.remove("observation", model.observations[8]!.id, { actor: "editor" }));
          model.observations.splice(8, 1);
          await agreesWithCore(target, model);

          // A figure that names other activities moves to another block.
          const moved = {
            ...model.observations[10]!,
            activityIds: [model.activities[599]!.id, model.activities[1]!.id],
          };
          await succeeds(target.put("observation", moved, { actor: "editor" }));
          model.observations[10] = moved;
          await agreesWithCore(target, model);

          const activity = { ...model.activities[3]!, topics: ["malware" as const] };
          await succeeds(target.put("activity", activity, { actor: "editor" }));
          model.activities[3] = activity;
          await agreesWithCore(target, model);

          const indicator = { ...model.indicators[0]!, unit: "case" };
          await succeeds(target.put("indicator", indicator, { actor: "editor" }));
          model.indicators[0] = indicator;
          const skipped = await succeeds(target.aggregateObservations(QUERIES[0]!));
          expect(skipped.cells).toEqual([]);
          expect(skipped.skipped.length).toBeGreaterThan(2_000);
          await agreesWithCore(target, model);

          // An import that rewrites some observations, adds others and leaves the rest as they are.
          const reimported = model.observations.map((observation, index): Observation =>
            index % 97 === 0 && !isShare(observation.value)
              ? { ...observation, value: { ...observation.value, value: 7 } }
              : observation,
          );
          const added = model.observations
            .slice(0, 40)
            .map((observation) => ({ ...observation, id: `${observation.id}-again` }));
          await store(target, "observation", [...reimported, ...added]);
          model.observations = [...reimported, ...added];
          await agreesWithCore(target, model);
        }),
    );
  });
}
