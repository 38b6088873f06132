import type { EntityKind } from "@remit/core";

/**
 * The facets records are found by, each a small integer in the `facet` table's `facet`
 * column (a number takes one byte per row where a name would take ten, in a table of tens of
 * millions of rows). The `facet_name` table spells them out for anyone reading the database.
 * Append new facets with new numbers; never renumber one, since stored rows carry it. The
 * facets marked `startOrdered` are those a list sorted by start may walk: only their rows
 * carry the activity's start day (migration 16).
 */
export const FACETS = {
  /** A country an activity names (ISO 3166-1 alpha-3). */
  activityCountry: { code: 1, kind: "activity", name: "country", startOrdered: true },
  /** An M49 region an activity lists (not those around its countries: `m49_member` leads there). */
  activityRegion: { code: 2, kind: "activity", name: "region" },
  activityTopic: { code: 3, kind: "activity", name: "topic", startOrdered: true },
  activityKind: { code: 4, kind: "activity", name: "kind", startOrdered: true },
  /**
   * A partner in one form (`partnerForm`: its acronym, or else its name, normalised as free
   * text is); `partner_alias` leads from any of its names to that form (migration 14).
   */
  activityPartner: { code: 5, kind: "activity", name: "partner", startOrdered: true },
  activityAudience: { code: 6, kind: "activity", name: "audience", startOrdered: true },
  /** A mandate the activity serves (its id). */
  activityMandate: { code: 7, kind: "activity", name: "mandate", startOrdered: true },
  /**
   * How an activity relates to others whose figures may count the same people: `p␟whole`
   * for `partOf`, `m␟other` for each of `mayOverlapWith` (read for aggregation's overlap warnings).
   */
  activityRelation: { code: 8, kind: "activity", name: "relation" },
  /** The body whose session (or meeting) this is. */
  sessionBody: { code: 20, kind: "session", name: "body" },
  /** A body a mandate asks reports of (its reporting obligations' `reportTo.bodyId`). */
  mandateReportsTo: { code: 30, kind: "mandate", name: "reports-to" },
  /** The lookup key of a mandate's symbol or citation (core's `mandateLookupKey`), for `findMandate`. */
  mandateReference: { code: 31, kind: "mandate", name: "reference" },
  /**
   * A session a mandate's report is due at or was deferred away from, as `body␟number`: what
   * `reportsDue` looks up, so it reads only the mandates with a report at that session.
   */
  mandateReportAt: { code: 32, kind: "mandate", name: "report-at" },
  /** The target of a mandate's lineage edge, as `i␟id` or `r␟reference key` (see `lineageTargetKey`): who builds on a mandate. */
  mandateLineageTarget: { code: 33, kind: "mandate", name: "lineage-target" },
  /** A legal instrument a mandate cites (its id): what "mandates citing instrument X" looks up. */
  mandateInstrument: { code: 34, kind: "mandate", name: "instrument" },
  /** A country an observation's scope names. */
  observationCountry: { code: 40, kind: "observation", name: "country" },
  /** An M49 area an observation's scope lists (grouping by region; those around its countries come from `m49_member`). */
  observationArea: { code: 41, kind: "observation", name: "area" },
  /** An activity an observation is about. */
  observationActivity: { code: 42, kind: "observation", name: "activity" },
  /** One item of an observation's provenance (see `ObservationCitations`). */
  observationCitation: { code: 43, kind: "observation", name: "citation" },
} as const satisfies Record<
  string,
  { readonly code: number; readonly kind: EntityKind; readonly name: string; readonly startOrdered?: true }
>;

/** The name of one facet. */
export type FacetName = keyof typeof FACETS;

/** The code of a facet, as stored. */
export function facetCode(name: FacetName): number {
  return FACETS[name].code;
}

/** The facet codes of a kind's records: what to delete when such a record is rewritten or removed. */
export function facetCodesOf(kind: EntityKind): number[] {
  return Object.values(FACETS)
    .filter((facet) => facet.kind === kind)
    .map((facet) => facet.code);
}

/**
 * The facet codes whose rows carry their activity's start key (`startOrdered`): the criteria a
 * list sorted by start may walk in that order (`indexedCriteria`, less regions). A region is
 * several ranges and never walked so, and relations are no criterion: their rows go without,
 * which keeps them out of `facet_by_start`.
 */
export function startOrderedFacetCodes(): number[] {
  return Object.values(FACETS)
    .filter((facet) => "startOrdered" in facet)
    .map((facet) => facet.code);
}

/** Whether a facet's rows carry their activity's start key (see `startOrderedFacetCodes`). */
export function isStartOrdered(name: FacetName): boolean {
  return "startOrdered" in FACETS[name];
}
