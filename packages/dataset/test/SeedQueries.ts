// Query helpers shared by the tests: they only ever reach figures through core's functions
// (matchesActivityFilter to pick activities, aggregate to combine their observations), so a
// figure a test asserts is one the records yield, not one the test supplies.
import { ActivityFilter, aggregate, matchesActivityFilter } from "@remit/core";
import type { Activity, Observation, SourcedCell } from "@remit/core";
import { expect } from "vitest";
import type { Dataset } from "../src";
import { formatDatasetProblem, loadDataset } from "../src";

/** The package's dataset; fails the test run with every problem when it does not load. */
export function seedDataset(): Dataset {
  const result = loadDataset();
  if (!result.ok) throw new Error(result.error.problems.map(formatDatasetProblem).join("\n"));
  return result.value;
}

/** The activities a filter selects, through core's `matchesActivityFilter`. */
export function activitiesMatching(dataset: Dataset, filter: ActivityFilter): Activity[] {
  const parsed = ActivityFilter.parse(filter);
  return dataset.activities.filter((activity) => matchesActivityFilter(activity, parsed));
}

/** The observations of `indicatorId` that report on any of `activities`. */
export function observationsOf(dataset: Dataset, activities: readonly Activity[], indicatorId: string): Observation[] {
  const ids = new Set(activities.map((activity) => activity.id));
  return dataset.observations.filter(
    (observation) => observation.indicatorId === indicatorId && observation.activityIds.some((id) => ids.has(id)),
  );
}

/**
 * The one figure of `indicatorId` over the activities a filter selects: the filter picks the
 * activities, their observations are combined by core's `aggregate` (one cell, nothing
 * skipped), and the cell is returned with the activities it came from.
 */
export function figure(
  dataset: Dataset,
  filter: ActivityFilter,
  indicatorId: string,
): { cell: SourcedCell; activities: Activity[] } {
  const activities = activitiesMatching(dataset, filter);
  const observations = observationsOf(dataset, activities, indicatorId);
  const result = aggregate(observations, { indicators: dataset.indicators, bucket: "year", sources: true });
  expect(result.skipped).toEqual([]);
  expect(result.cells).toHaveLength(1);
  const [cell] = result.cells;
  if (cell === undefined) throw new Error(`no figure of ${indicatorId}`);
  return { cell, activities };
}

/** Removes the spaces the seed puts between digits and Chinese words ("130多名" vs "130 多名"). */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}
