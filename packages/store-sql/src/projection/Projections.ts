import {
  activitySortKey,
  activityTexts,
  bucketOf,
  countedCoverageOf,
  displayText,
  currentDueSession,
  earliestDay,
  isShare,
  latestDay,
  statesNoCountry,
  coverageRegionCodes,
  mandateLookupKey,
  normalizeSearchText,
  periodEnd,
  periodStart,
  type Activity,
  type EntityKind,
  type EntityOf,
  type Mandate,
  type Observation,
  type Session,
} from "@remit/core";
import {
  ACTIVITIES_KEY,
  INDICATOR_BLOCK,
  RECORDS_KEY,
  observationBlock,
  type GenerationKey,
} from "../aggregation/AggregationBlocks";
import type { Connection } from "../DialectInfo";
import { startDayKey } from "../activity/StartDayKey";
import { FACETS, facetCodesOf, isStartOrdered, type FacetName } from "./Facets";
import { citationKeys } from "./ObservationCitations";
import { partnerForms } from "./PartnerForms";
import { lineageTargetKey } from "../mandate/LineageQuery";
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

/**
 * The M49 regions an activity lists itself: its areas and those its named regions stand for.
 * The regions around the countries it names are not written: a region filter reaches them
 * through `m49_member` (see `RegionMembership`).
 */
export function listedRegions(activity: Activity): string[] {
  return coverageRegionCodes(activity.regions);
}

/**
 * Adds one facet row per value. The values must be distinct (a facet row's key is record,
 * facet and value): the schemas make lists such as topics and countries so, and the keys
 * computed here are sets. An activity's rows of the facets a list sorted by start may walk
 * carry its start day (`startKey`, `YYYYMMDD`), by which it walks one value's activities in
 * order (`facet_by_start`); other rows have none (null), in the same four columns.
 */
function addFacets(sink: RowSink, id: string, facet: FacetName, values: readonly string[], startKey?: number): void {
  const code = FACETS[facet].code;
  const start = startKey !== undefined && isStartOrdered(facet) ? startKey : null;
  for (const value of values) sink.add("facet", [id, code, value, start]);
}

/**
 * An activity's search text and title sort key (core's `activitySortKey`), which is one of the
 * texts normalized: each text is normalized once.
 */
function searchTextAndTitleKey(activity: Activity): readonly [string, string] {
  const texts = activityTexts(activity);
  const normalized = texts.map(normalizeSearchText);
  const shown = texts.indexOf(displayText(activity.title));
  return [
    normalized.join(SEARCH_TEXT_SEPARATOR),
    shown === -1 ? activitySortKey(activity, "title") : normalized[shown]!,
  ];
}

function projectActivity(activity: Activity, sink: RowSink): void {
  const id = activity.id;
  const [searchText, titleKey] = searchTextAndTitleKey(activity);
  const start = periodStart(activity.period);
  sink.add("activity", [
    id,
    start,
    periodEnd(activity.period),
    searchText,
    titleKey,
    activitySortKey(activity, "country"),
    activitySortKey(activity, "kind"),
  ]);
  const startKey = startDayKey(start);
  addFacets(sink, id, "activityCountry", activity.countries.named, startKey);
  addFacets(sink, id, "activityRegion", listedRegions(activity), startKey);
  addFacets(sink, id, "activityTopic", activity.topics, startKey);
  addFacets(sink, id, "activityKind", [activity.kind], startKey);
  addFacets(sink, id, "activityPartner", partnerForms(activity), startKey);
  addFacets(sink, id, "activityAudience", activity.audiences, startKey);
  addFacets(sink, id, "activityMandate", activity.mandateIds, startKey);
  addFacets(sink, id, "activityRelation", relationKeys(activity), startKey);
}

/** The relations of an activity to others, as `activityRelation` values. */
function relationKeys(activity: Activity): string[] {
  return [
    ...new Set([
      ...(activity.partOf === undefined ? [] : [`p\u001f${activity.partOf}`]),
      ...(activity.mayOverlapWith ?? []).map((other) => `m\u001f${other}`),
    ]),
  ];
}

function projectSession(session: Session, sink: RowSink): void {
  addFacets(sink, session.id, "sessionBody", [session.bodyId]);
}

/** The M49 areas an observation's scope lists; those around its countries come from `m49_member` when grouping. */
export function listedAreas(observation: Observation): string[] {
  return [...new Set(observation.scope.regions.m49)];
}

function projectObservation(observation: Observation, sink: RowSink): void {
  const { id, value, scope } = observation;
  const period = scope.period;
  sink.add("observation_entry", [
    id,
    observation.indicatorId,
    observationBlock(observation),
    periodStart(period),
    periodEnd(period),
  ]);
  const end = period.end ?? period.start;
  const share = isShare(value);
  const coverage = countedCoverageOf(observation);
  sink.add("observation_value", [
    id,
    observation.indicatorId,
    bucketOf(period, "year"),
    bucketOf(period, "month"),
    earliestDay(period.start) + period.start,
    latestDay(end) + end,
    share ? 1 : 0,
    share ? null : value.value,
    share ? null : value.qualifier,
    !share && value.strict === true ? 1 : 0,
    share ? null : (value.multiplier ?? null),
    share ? null : (value.unit ?? null),
    coverage === undefined ? null : JSON.stringify(coverage),
    !share && statesNoCountry(observation) ? JSON.stringify(value) : null,
  ]);
  addFacets(sink, id, "observationCountry", scope.countries.named);
  addFacets(sink, id, "observationArea", listedAreas(observation));
  addFacets(sink, id, "observationActivity", [...new Set(observation.activityIds)]);
  addFacets(sink, id, "observationCitation", citationKeys(observation.provenance));
}

function projectMandate(mandate: Mandate, sink: RowSink): void {
  addFacets(sink, mandate.id, "mandateReportsTo", [
    ...new Set(mandate.reportingObligations.map((obligation) => obligation.reportTo.bodyId)),
  ]);
  const key = mandateLookupKey(mandate);
  if (key !== undefined) addFacets(sink, mandate.id, "mandateReference", [key]);
  addFacets(sink, mandate.id, "mandateReportAt", reportSessionKeys(mandate));
  addFacets(sink, mandate.id, "mandateLineageTarget", [
    ...new Set(mandate.lineage.map((edge) => lineageTargetKey(edge.target))),
  ]);
  addFacets(sink, mandate.id, "mandateInstrument", [...new Set(mandate.instrumentIds ?? [])]);
}

/** The `mandateReportAt` key of a body's session. */
export function reportSessionKey(bodyId: string, sessionNumber: number): string {
  return `${bodyId}\u001f${sessionNumber}`;
}

/** The sessions a mandate's reports are due at (after deferrals) or were deferred away from. */
function reportSessionKeys(mandate: Mandate): string[] {
  const keys = new Set<string>();
  for (const obligation of mandate.reportingObligations) {
    const body = obligation.reportTo.bodyId;
    keys.add(reportSessionKey(body, currentDueSession(obligation).sessionNumber));
    for (const deferral of obligation.deferrals) keys.add(reportSessionKey(body, deferral.fromSession));
  }
  return [...keys];
}

/**
 * Writes the rows a record is found by: its facets (activities by each field, sessions by
 * body, mandates by the bodies they ask reports of, their symbol's lookup key and the instruments
 * they cite) and the rows of its kind's own table
 * (an activity's period and text, an observation's indicator). Kinds without queries of their
 * own have none. Every derived row of the store comes from here, so that a migration can
 * rebuild them all from `records`.
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
    return [
      RECORDS_KEY,
      { indicatorId: (record as Observation).indicatorId, block: observationBlock(record as Observation) },
    ];
  if (kind === "indicator") return [RECORDS_KEY, { indicatorId: record.id, block: INDICATOR_BLOCK }];
  if (kind === "activity") return [RECORDS_KEY, ACTIVITIES_KEY];
  return [RECORDS_KEY];
}

/** Deletes the derived rows of records about to be rewritten or removed. */
export async function deleteProjections(
  connection: Connection,
  kind: EntityKind,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const facets = facetCodesOf(kind);
  if (facets.length > 0) {
    await connection.deleteFrom("facet").where("record_id", "in", ids).where("facet", "in", facets).execute();
  }
  for (const { table, key } of PROJECTION_TABLES[kind] ?? []) {
    // The table and key come from the fixed PROJECTION_TABLES list, never from input.
    await connection
      .deleteFrom(table as "activity")
      .where(key as "id", "in", ids)
      .execute();
  }
}
