import { everyPage, type ActivityCounts, type AggregateCell, type Indicator, type Mandate } from "@remit/core";
import { api, valueOf } from "./Api";

/** What the dashboard shows for a mandate and a year, as the API computes it. */
export interface DashboardData {
  readonly mandates: readonly Mandate[];
  readonly mandate: Mandate | undefined;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** One figure per indicator for the year: the observations of the mandate's activities, added with their qualifiers. */
  readonly figures: readonly AggregateCell[];
  /** People trained by M49 region and year, the chosen year and the years before it (`TRAINED_YEARS`), for the chart. */
  readonly trainedByRegion: readonly AggregateCell[];
  /** The mandate's activities of the year by topic, by kind and by the countries they assist. */
  readonly byTopic: ActivityCounts;
  readonly byKind: ActivityCounts;
  readonly byCountry: ActivityCounts;
}

/** How many years the chart of people trained covers, ending with the chosen year: a trend, not one column. */
const TRAINED_YEARS = 3;

/** The regions the chart of people trained shows: the continents of M49. */
const CHART_REGIONS = ["002", "019", "142", "150", "009"] as const;

/**
 * Loads the dashboard of `mandateId` (id or symbol) for `year`. The store does the counting:
 * the figures and the chart of people trained are aggregated over the mandate's figures of the
 * year (`GET /aggregates`), the charts of activities and the map count its activities of the
 * year (`GET /activity-counts`), so the page never lists the activities themselves.
 */
export async function loadDashboard(mandateId: string, year: string): Promise<DashboardData> {
  const scope = { mandate: mandateId, from: year, to: year };
  const [mandates, indicatorList, figures, trainedByRegion, byTopic, byKind, byCountry] = await Promise.all([
    everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listIndicators({ query: { limit: 1000, cursor } }))),
    // A mandate's figures of a year are few: each lists its sources for the figure's panel.
    valueOf(api.getAggregates({ query: { ...scope, bucket: "year", sources: "true" } })),
    valueOf(
      api.getAggregates({
        query: {
          ...scope,
          from: String(Number(year) - TRAINED_YEARS + 1),
          bucket: "year",
          indicator: "people-trained",
          by: "region",
          regions: CHART_REGIONS.join(","),
        },
      }),
    ),
    valueOf(api.countActivities({ query: { ...scope, by: "topic" } })),
    valueOf(api.countActivities({ query: { ...scope, by: "kind" } })),
    valueOf(api.countActivities({ query: { ...scope, by: "country" } })),
  ]);
  const indicators = indicatorList.map((stored) => stored.record);
  const mandateRecords = mandates.map((stored) => stored.record);
  return {
    mandates: mandateRecords,
    mandate: mandateRecords.find((mandate) => mandate.id === mandateId || mandate.symbol === mandateId),
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    figures: figures.cells,
    trainedByRegion: trainedByRegion.cells,
    byTopic,
    byKind,
    byCountry,
  };
}
