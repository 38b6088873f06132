import type { Activity } from "../activity/Activity";
import type { ActivityFilter } from "../activity/ActivityFilter";
import { matchesActivityFilter } from "../activity/ActivityFilter";
import type { ReportContext } from "./ReportContext";
import { resolveMandate } from "./ReportContext";
import type { ActivitySelection } from "./ReportOutline";

/**
 * The activities a selection asks for, in record order. The filter part goes through core's
 * `matchesActivityFilter`, with the report period when the selection gives none; a mandate
 * named by symbol that is not among the records matches nothing.
 * @example selectActivities(context, { kind: "training", topic: "digital-forensics" })
 */
export function selectActivities(context: ReportContext, selection: ActivitySelection): Activity[] {
  const { deliveryMode, implementerId, mandate, ...filter } = selection;
  let mandateId: string | undefined;
  if (mandate !== undefined) {
    mandateId = resolveMandate(context, mandate)?.id;
    if (mandateId === undefined) return [];
  }
  const query: ActivityFilter = {
    ...filter,
    period: filter.period ?? context.period,
    ...(mandateId !== undefined ? { mandateId } : {}),
  };
  return context.records.activities.filter(
    (activity) =>
      matchesActivityFilter(activity, query) &&
      (deliveryMode === undefined || activity.deliveryMode === deliveryMode) &&
      (implementerId === undefined || activity.implementerId === implementerId),
  );
}

/** A selection as a reader can check it in a gap message: `kind=training, topic=digital-forensics`. */
export function describeSelection(selection: ActivitySelection): string {
  const parts = Object.entries(selection).map(
    ([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`,
  );
  return parts.length === 0 ? "all activities of the period" : parts.join(", ");
}
