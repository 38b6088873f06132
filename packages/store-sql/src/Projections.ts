import {
  activityTexts,
  mandateLookupKey,
  normalizeSearchText,
  periodEnd,
  periodStart,
  regionsOfCountry,
  type Activity,
  type EntityKind,
  type EntityOf,
  type Mandate,
  type Observation,
  type Session,
} from "@remit/core";
import { ACTIVITIES_KEY, INDICATOR_BLOCK, aggregationBlock, type GenerationKey } from "./AggregationBlocks";
import type { Connection } from "./DialectInfo";
import { PROJECTION_TABLES, type RowSink } from "./TableRows";

/**
 * Separates the normalized texts of an activity in its search column. Normalized texts hold
 * no line breaks (white space is collapsed to one space) and query words hold no white space,
 * so a word found in the column was found within one text, as `matchesSearchText` requires.
 */
export const SEARCH_TEXT_SEPARATOR = "\n";

/** The normalized, searchable text of an activity: its title and summary in every language. */
export function activitySearchText(activity: Activity): string {
  return activityTexts(activity).map(normalizeSearchText).join(SEARCH_TEXT_SEPARATOR);
}

/** The partner keys an activity is found by: each partner's names and acronym, normalized. */
export function partnerKeys(activity: Activity): string[] {
  const keys = new Set<string>();
  for (const partner of activity.partners) {
    for (const name of Object.values(partner.name)) if (name !== undefined) keys.add(normalizeSearchText(name));
    if (partner.acronym !== undefined) keys.add(normalizeSearchText(partner.acronym));
  }
  keys.delete("");
  return [...keys];
}

/**
 * The M49 regions an activity is found by: those it lists, and every region that contains
 * one of its named countries (so a filter by "419" finds an activity in Belize).
 */
export function regionKeys(activity: Activity): string[] {
  const keys = new Set<string>(activity.regions.m49);
  for (const country of activity.countries.named) for (const region of regionsOfCountry(country)) keys.add(region);
  return [...keys];
}

function projectActivity(activity: Activity, sink: RowSink): void {
  const id = activity.id;
  sink.add("activity", [id, periodStart(activity.period), periodEnd(activity.period), activitySearchText(activity)]);
  for (const country of activity.countries.named) sink.add("activity_country", [id, country]);
  for (const region of regionKeys(activity)) sink.add("activity_region", [id, region]);
  for (const topic of activity.topics) sink.add("activity_topic", [id, topic]);
  sink.add("activity_kind", [id, activity.kind]);
  for (const partner of partnerKeys(activity)) sink.add("activity_partner", [id, partner]);
  for (const audience of activity.audiences) sink.add("activity_audience", [id, audience]);
  for (const mandateId of activity.mandateIds) sink.add("activity_mandate", [id, mandateId]);
}

function projectSession(session: Session, sink: RowSink): void {
  sink.add("session_entry", [session.id, session.bodyId, session.number ?? null]);
}

function projectObservation(observation: Observation, sink: RowSink): void {
  const period = observation.scope.period;
  sink.add("observation_entry", [
    observation.id,
    observation.indicatorId,
    aggregationBlock(observation.id),
    periodStart(period),
    periodEnd(period),
  ]);
}

function projectMandate(mandate: Mandate, sink: RowSink): void {
  const bodies = new Set(mandate.reportingObligations.map((obligation) => obligation.reportTo.bodyId));
  for (const bodyId of bodies) sink.add("mandate_report", [mandate.id, bodyId]);
  const key = mandateLookupKey(mandate);
  if (key !== undefined) sink.add("mandate_reference", [mandate.id, key]);
}

/**
 * Writes the rows a record contributes to the index tables: what the queries of the port
 * look up (activities by each field, sessions by body, observations by indicator, mandates
 * by the bodies they ask reports of and by their symbol's lookup key). Kinds without queries of their own have none.
 */
export function projectRecord(kind: EntityKind, record: EntityOf<EntityKind>, sink: RowSink): void {
  switch (kind) {
    case "activity":
      return projectActivity(record as Activity, sink);
    case "session":
      return projectSession(record as Session, sink);
    case "observation":
      return projectObservation(record as Observation, sink);
    case "mandate":
      return projectMandate(record as Mandate, sink);
    default:
      return;
  }
}

/** The aggregation generations a record's write changes (see `bumpGenerations`); old blocks of a rewritten observation come from `storedObservationKeys`. */
export function generationKeys(kind: EntityKind, record: EntityOf<EntityKind>): GenerationKey[] {
  if (kind === "observation")
    return [{ indicatorId: (record as Observation).indicatorId, block: aggregationBlock(record.id) }];
  if (kind === "indicator") return [{ indicatorId: record.id, block: INDICATOR_BLOCK }];
  if (kind === "activity") return [ACTIVITIES_KEY];
  return [];
}

/** Deletes the index rows of records about to be rewritten or removed. */
export async function deleteProjections(
  connection: Connection,
  kind: EntityKind,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  for (const { table, key } of PROJECTION_TABLES[kind] ?? []) {
    // The table and key come from the fixed PROJECTION_TABLES list, never from input.
    await connection
      .deleteFrom(table as "activity")
      .where(key as "id", "in", ids)
      .execute();
  }
}
