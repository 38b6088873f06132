import { FILTER_TERMS, type FilterTerm } from "@remit/core";

/** The filters of the activities page, as the URL and the API name them: core's terms of an activity filter. */
export const ACTIVITY_FILTERS = FILTER_TERMS.activity;

/** One filter of the activities page. */
export type ActivityFilterName = FilterTerm;

/** The filters set in a URL query, for the API (empty ones left out). */
export function filtersOf(query: URLSearchParams): Partial<Record<ActivityFilterName, string>> {
  const filters: Partial<Record<ActivityFilterName, string>> = {};
  for (const name of ACTIVITY_FILTERS) {
    const value = query.get(name)?.trim();
    if (value !== undefined && value !== "") filters[name] = value;
  }
  return filters;
}
