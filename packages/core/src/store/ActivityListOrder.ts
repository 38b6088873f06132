import { activitySortKey, activitySortText, compareActivities, type ActivitySort } from "../activity/ActivitySort";
import type { ListOrder } from "./Pagination";
import type { Stored } from "./Stored";

/** Whether an order is the one lists have anyway (by id, ascending), whose cursors carry no sort. */
export function isIdOrder(sort: ActivitySort | undefined): boolean {
  return sort === undefined || (sort.by === "id" && sort.direction === "asc");
}

/**
 * The order of a sorted activity list as `paginate` takes it, or undefined for id order (whose
 * cursors stay those of every other list).
 * @example paginate(sorted, (stored) => stored.record.id, page, query, activityListOrder(sort))
 */
export function activityListOrder(sort: ActivitySort | undefined): ListOrder<Stored<"activity">> | undefined {
  if (sort === undefined || isIdOrder(sort)) return undefined;
  return {
    name: activitySortText(sort),
    keyOf: (stored) => activitySortKey(stored.record, sort.by),
    direction: sort.direction,
  };
}

/**
 * Stored activities in the order `sort` asks for (a new array unless it is id order, theirs already).
 * @example sortActivities(matching, { by: "title", direction: "asc" })
 */
export function sortActivities(
  activities: readonly Stored<"activity">[],
  sort: ActivitySort | undefined,
): readonly Stored<"activity">[] {
  if (sort === undefined || isIdOrder(sort)) return activities;
  const compare = compareActivities(sort);
  return [...activities].sort((a, b) => compare(a.record, b.record));
}
