import { everyPage, type Activity, type AggregateCell, type Indicator, type Mandate } from "@remit/core";
import { api, valueOf } from "./Api";

/** What the dashboard shows for a mandate and a year, computed from the records the API lists. */
export interface DashboardData {
  readonly mandates: readonly Mandate[];
  readonly mandate: Mandate | undefined;
  readonly activities: readonly Activity[];
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** One figure per indicator for the year: the observations of the mandate's activities, added with their qualifiers. */
  readonly figures: readonly AggregateCell[];
  /** People trained by M49 region and year, for the chart. */
  readonly trainedByRegion: readonly AggregateCell[];
}

/** The regions the chart of people trained shows: the continents of M49. */
const CHART_REGIONS = ["002", "019", "142", "150", "009"] as const;

/**
 * The cells of an aggregation as the API answers them: the contract describes a cell by its
 * key only (core's `AggregateCell` is a TypeScript type, not a schema), so they are read as
 * core's cells.
 */
function cellsOf(answer: { readonly cells: readonly unknown[] }): readonly AggregateCell[] {
  return answer.cells as readonly AggregateCell[];
}

/**
 * Loads the dashboard of `mandateId` (id or symbol) for `year`: the figures and the chart of
 * people trained are aggregated by the store over the mandate's figures of the year
 * (`GET /aggregates` scoped by mandate and period), never over every listed observation.
 */
export async function loadDashboard(mandateId: string, year: string): Promise<DashboardData> {
  const scope = { mandate: mandateId, from: year, to: year };
  const [mandates, indicatorList, activities, figures, trainedByRegion] = await Promise.all([
    everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listIndicators({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listActivities({ query: { ...scope, limit: 1000, cursor } }))),
    valueOf(api.getAggregates({ query: { ...scope, bucket: "year" } })),
    valueOf(
      api.getAggregates({
        query: {
          ...scope,
          bucket: "year",
          indicator: "people-trained",
          by: "region",
          regions: CHART_REGIONS.join(","),
        },
      }),
    ),
  ]);
  const indicators = indicatorList.map((stored) => stored.record);
  const mandateRecords = mandates.map((stored) => stored.record);
  return {
    mandates: mandateRecords,
    mandate: mandateRecords.find((mandate) => mandate.id === mandateId || mandate.symbol === mandateId),
    activities: activities.map((stored) => stored.record),
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    figures: cellsOf(figures),
    trainedByRegion: cellsOf(trainedByRegion),
  };
}
