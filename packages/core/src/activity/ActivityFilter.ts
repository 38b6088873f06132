import * as z from "zod/mini";
import { Country, M49Region, isCountryInRegion } from "../geo";
import { RecordId } from "../record/RecordId";
import { Period, overlaps } from "../time/Period";
import type { Activity } from "./Activity";
import { activityTexts } from "./Activity";
import { ActivityKind } from "./ActivityKind";
import { PlaceRole, countriesInRole } from "./ActivityPlace";
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
export const ActivityFilter = z.strictObject({
  /** Serves this mandate (one of `mandateIds`). */
  mandateId: z.optional(RecordId),
  /** Names this country (alpha-3) in `placeRole`; counted-only countries never match. */
  country: z.optional(Country),
  /** Names a country in this M49 region in `placeRole`, or lists this very region. */
  region: z.optional(M49Region),
  /**
   * The role the `country` and `region` criteria look at: the countries assisted (the
   * default), where the activity's people are based, its venue, or any of them.
   */
  placeRole: z.optional(z.union([PlaceRole, z.literal("any")])),
  topic: z.optional(ActivityTopic),
  kind: z.optional(ActivityKind),
  /** A partner's acronym or name in any language, ignoring case and accents. */
  partner: z.optional(z.string().check(z.trim(), z.minLength(1))),
  audience: z.optional(Audience),
  /** Shares at least one possible day with this period. */
  period: z.optional(Period),
  /** Every word occurs in the title or summary, in any language, ignoring case and accents. */
  text: z.optional(z.string().check(z.trim(), z.minLength(1))),
});
/** Which activities a query asks for. */
export type ActivityFilter = z.infer<typeof ActivityFilter>;

function inRegion(activity: Activity, region: M49Region, countries: readonly string[]): boolean {
  return (
    activity.regions.m49.includes(region) ||
    activity.regions.named.some((named) => named.m49 === region) ||
    countries.some((country) => isCountryInRegion(country, region))
  );
}

/**
 * Whether an activity is one the filter asks for:
 * - `mandateId`: the activity serves that mandate;
 * - `country`: the activity names that country in `placeRole`, by default as a country it
 *   assists (an activity "in 64 countries" with none named matches no country; the mentors
 *   based in Austria do not assist Austria);
 * - `region`: a country it names in `placeRole` lies in that M49 region, or the activity lists
 *   that same region code, or a named region that carries it ("Latin America" as 419; a
 *   listed sub-region does not match its parent: name the countries);
 * - `topic`, `audience`: among the activity's; `kind`: equal;
 * - `partner`: the acronym or a name of one partner, compared whole (see `isPartner`);
 * - `period`: the activity's period overlaps it (partial dates widen to their full span);
 * - `text`: every word occurs in the title or summary in some language (see
 *   `matchesSearchText`).
 * @example matchesActivityFilter(activity, { kind: "training", country: "SLV" })
 */
export function matchesActivityFilter(activity: Activity, filter: ActivityFilter): boolean {
  if (filter.mandateId !== undefined && !activity.mandateIds.includes(filter.mandateId)) return false;
  const countries =
    filter.country === undefined && filter.region === undefined
      ? []
      : countriesInRole(activity, filter.placeRole ?? "assisted");
  if (filter.country !== undefined && !countries.includes(filter.country)) return false;
  if (filter.region !== undefined && !inRegion(activity, filter.region, countries)) return false;
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
