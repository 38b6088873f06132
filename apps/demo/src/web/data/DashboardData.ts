import { aggregate, everyPage, type Activity, type AggregateCell, type Indicator, type Mandate } from "@remit/core";
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
export const CHART_REGIONS = ["002", "019", "142", "150", "009"] as const;

/** Loads and computes the dashboard of `mandateId` (id or symbol) for `year`. */
export async function loadDashboard(mandateId: string, year: string): Promise<DashboardData> {
  const [mandates, indicatorList, activities, observations] = await Promise.all([
    everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) => valueOf(api.listIndicators({ query: { limit: 1000, cursor } }))),
    everyPage((cursor) =>
      valueOf(api.listActivities({ query: { mandate: mandateId, from: year, to: year, limit: 1000, cursor } })),
    ),
    everyPage((cursor) => valueOf(api.listObservations({ query: { from: year, to: year, limit: 1000, cursor } }))),
  ]);
  const indicators = indicatorList.map((stored) => stored.record);
  const mine = new Set(activities.map((stored) => stored.record.id));
  const ofMandate = observations
    .map((stored) => stored.record)
    .filter((observation) => observation.activityIds.some((id) => mine.has(id)));
  const facets = new Map(activities.map((stored) => [stored.record.id, stored.record]));
  const figures = aggregate(ofMandate, { indicators, bucket: "year", activities: facets }).cells;
  const trainedByRegion = aggregate(
    ofMandate.filter((observation) => observation.indicatorId === "people-trained"),
    { indicators, bucket: "year", by: { dimension: "region", regions: [...CHART_REGIONS] }, activities: facets },
  ).cells;
  const mandateRecords = mandates.map((stored) => stored.record);
  return {
    mandates: mandateRecords,
    mandate: mandateRecords.find((mandate) => mandate.id === mandateId || mandate.symbol === mandateId),
    activities: activities.map((stored) => stored.record),
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    figures,
    trainedByRegion,
  };
}
