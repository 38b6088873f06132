import * as z from "zod";
import { Country, M49Region, isCountryInRegion } from "../geo";
import { RecordId } from "../record/RecordId";
import { Period, overlaps } from "../time/Period";
import type { Activity } from "./Activity";
import { activityTexts } from "./Activity";
import { ActivityKind } from "./ActivityKind";
import { ActivityTopic } from "./ActivityTopic";
import { Audience } from "./Audience";
import { isPartner } from "./Partner";
import { matchesSearchText } from "./SearchText";

/**
 * Which activities a query asks for. Every criterion given must hold (they AND together);
 * an empty filter asks for every activity. {@link matchesActivityFilter} is the definition
 * every store's activity query must follow.
 * @example ActivityFilter.parse({ topic: "cryptocurrency", region: "035", period: { start: "2020" } })
 */
export const ActivityFilter = z
  .object({
    /** Serves this mandate (one of `mandateIds`). */
    mandateId: RecordId.optional(),
    /** Names this country (alpha-3) among its countries; counted-only countries never match. */
    country: Country.optional(),
    /** Names a country in this M49 region, or lists this very region. */
    region: M49Region.optional(),
    topic: ActivityTopic.optional(),
    kind: ActivityKind.optional(),
    /** A partner's acronym or name in any language, ignoring case and accents. */
    partner: z.string().trim().min(1).optional(),
    audience: Audience.optional(),
    /** Shares at least one possible day with this period. */
    period: Period.optional(),
    /** Every word occurs in the title or summary, in any language, ignoring case and accents. */
    text: z.string().trim().min(1).optional(),
  })
  .strict();
/** Which activities a query asks for. */
export type ActivityFilter = z.infer<typeof ActivityFilter>;

function inRegion(activity: Activity, region: M49Region): boolean {
  return (
    activity.regions.m49.includes(region) ||
    activity.countries.named.some((country) => isCountryInRegion(country, region))
  );
}

/**
 * Whether an activity is one the filter asks for:
 * - `mandateId`: the activity serves that mandate;
 * - `country`: the activity names that country (an activity "in 64 countries" with none
 *   named matches no country);
 * - `region`: a named country lies in that M49 region, or the activity lists that same
 *   region code (a listed sub-region does not match its parent: name the countries);
 * - `topic`, `audience`: among the activity's; `kind`: equal;
 * - `partner`: the acronym or a name of one partner, compared whole (see `isPartner`);
 * - `period`: the activity's period overlaps it (partial dates widen to their full span);
 * - `text`: every word occurs in the title or summary in some language (see
 *   `matchesSearchText`).
 * @example matchesActivityFilter(activity, { kind: "training", country: "SLV" })
 */
export function matchesActivityFilter(activity: Activity, filter: ActivityFilter): boolean {
  if (filter.mandateId !== undefined && !activity.mandateIds.includes(filter.mandateId)) return false;
  if (filter.country !== undefined && !activity.countries.named.includes(filter.country)) return false;
  if (filter.region !== undefined && !inRegion(activity, filter.region)) return false;
  if (filter.topic !== undefined && !activity.topics.includes(filter.topic)) return false;
  if (filter.kind !== undefined && activity.kind !== filter.kind) return false;
  if (filter.partner !== undefined) {
    const partner = filter.partner;
    if (!activity.partners.some((candidate) => isPartner(candidate, partner))) return false;
  }
  if (filter.audience !== undefined && !activity.audiences.includes(filter.audience)) return false;
  if (filter.period !== undefined && !overlaps(activity.period, filter.period)) return false;
  if (filter.text !== undefined && !matchesSearchText(activityTexts(activity), filter.text)) return false;
  return true;
}
