import * as z from "zod/mini";
import { displayText } from "../text/LocalizedText";
import { compareCodePoints } from "../text/compareCodePoints";
import { periodStart } from "../time/Period";
import type { Activity } from "./Activity";
import { normalizeSearchText } from "./SearchText";

/** What an activity list can be sorted by. */
export const ACTIVITY_SORT_KEYS = ["id", "start", "title", "country", "kind"] as const;

/**
 * What an activity list is sorted by: its id (the default), the first day of its period,
 * its title (as shown by default: English first, compared lower-cased and without accents),
 * the countries it assists (by alpha-3 code; activities naming none come after those that
 * do), or its kind.
 * @example ActivitySortKey.parse("start")
 */
export const ActivitySortKey = z.enum(ACTIVITY_SORT_KEYS);
/** What an activity list is sorted by. */
export type ActivitySortKey = z.infer<typeof ActivitySortKey>;

/** Ascending or descending. */
export const SortDirection = z.enum(["asc", "desc"]);
/** Ascending or descending. */
export type SortDirection = z.infer<typeof SortDirection>;

/**
 * The order of an activity list: a key and a direction. Activities with the same key are
 * ordered by id in the same direction, so the order is total and a cursor can say where a
 * page ended.
 * @example ActivitySort.parse({ by: "start", direction: "desc" })
 */
export const ActivitySort = z.strictObject({ by: ActivitySortKey, direction: SortDirection });
/** The order of an activity list. */
export type ActivitySort = z.infer<typeof ActivitySort>;

/** The order lists have when none is asked for: by id, ascending. */
export const DEFAULT_ACTIVITY_SORT: ActivitySort = { by: "id", direction: "asc" };

/**
 * An activity order as written in a query string or on a command line: `start` (ascending),
 * `start:asc` or `start:desc`.
 */
export const ActivitySortText = z
  .enum(ACTIVITY_SORT_KEYS.flatMap((key) => [key, `${key}:asc`, `${key}:desc`] as const))
  .check(
    z.describe(
      "The order of the list: id (the default), start, title, country or kind, then :asc (the default) or :desc; ties are ordered by id.",
    ),
  );
/** An activity order as text: `start`, `start:asc`, `start:desc`. */
export type ActivitySortText = z.infer<typeof ActivitySortText>;

/**
 * The order a sort text names.
 * @example readActivitySort("start:desc") // { by: "start", direction: "desc" }
 */
export function readActivitySort(text: ActivitySortText): ActivitySort {
  const [by, direction] = text.split(":") as [ActivitySortKey, SortDirection | undefined];
  return { by, direction: direction ?? "asc" };
}

/**
 * The text of an order, `start:desc`, the form cursors and messages name it by.
 * @example activitySortText({ by: "title", direction: "asc" }) // "title:asc"
 */
export function activitySortText(sort: ActivitySort): `${ActivitySortKey}:${SortDirection}` {
  return `${sort.by}:${sort.direction}`;
}

/** Sorts after every alpha-3 code (upper-case ASCII letters), for activities that name no country. */
const NO_COUNTRY = "~";

/**
 * The value an activity is sorted by under `by`, as a string compared by code point: stores
 * keep these strings and order by them in SQL, so their order is core's by construction.
 * @example activitySortKey(activity, "start") // "2020-01-01" for a period starting in 2020
 */
export function activitySortKey(activity: Activity, by: ActivitySortKey): string {
  switch (by) {
    case "id":
      return activity.id;
    case "start":
      return periodStart(activity.period);
    case "title":
      return normalizeSearchText(displayText(activity.title));
    case "country":
      return activity.countries.named.length === 0
        ? NO_COUNTRY
        : [...activity.countries.named].sort(compareCodePoints).join(" ");
    case "kind":
      return activity.kind;
  }
}

/**
 * Compares two positions in a list sorted by `direction`: by key, then by id, both by code
 * point and both in that direction. Negative when `a` comes first.
 */
export function compareSortPositions(
  a: { readonly key: string; readonly id: string },
  b: { readonly key: string; readonly id: string },
  direction: SortDirection,
): number {
  const ascending = compareCodePoints(a.key, b.key) || compareCodePoints(a.id, b.id);
  return direction === "asc" ? ascending : -ascending;
}

/**
 * The order an activity list sorted by `sort` is in: the definition every store's sorted
 * list follows.
 * @example activities.sort(compareActivities({ by: "start", direction: "desc" }))
 */
export function compareActivities(sort: ActivitySort): (a: Activity, b: Activity) => number {
  return (a, b) =>
    compareSortPositions(
      { key: activitySortKey(a, sort.by), id: a.id },
      { key: activitySortKey(b, sort.by), id: b.id },
      sort.direction,
    );
}
