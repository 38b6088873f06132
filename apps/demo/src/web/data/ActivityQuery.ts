/** The filters of the activities page, as the URL and the API name them. */
export const ACTIVITY_FILTERS = [
  "country",
  "region",
  "topic",
  "kind",
  "partner",
  "audience",
  "mandate",
  "from",
  "to",
  "text",
] as const;

/** One filter of the activities page. */
export type ActivityFilterName = (typeof ACTIVITY_FILTERS)[number];

/** The filters set in a URL query, for the API (empty ones left out). */
export function filtersOf(query: URLSearchParams): Partial<Record<ActivityFilterName, string>> {
  const filters: Partial<Record<ActivityFilterName, string>> = {};
  for (const name of ACTIVITY_FILTERS) {
    const value = query.get(name)?.trim();
    if (value !== undefined && value !== "") filters[name] = value;
  }
  return filters;
}
