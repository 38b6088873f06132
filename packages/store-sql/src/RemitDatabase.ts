import type { Generated } from "kysely";

/** The schema version applied, one row per migration (`remit_migrations`). */
export interface MigrationsTable {
  readonly version: number;
  readonly name: string;
  readonly applied_at: string;
}

/**
 * Every stored record, whatever its kind: the validated record as JSON text, its
 * revision and timestamps. Lookups by field go through the index tables below.
 */
export interface RecordsTable {
  readonly kind: string;
  readonly id: string;
  readonly revision: number;
  readonly body: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly updated_by: string;
}

/** Who changed what and when; kept after a record is deleted. `seq` orders the trail. */
export interface AuditTable {
  readonly seq: Generated<number>;
  readonly kind: string;
  readonly id: string;
  readonly revision: number;
  readonly action: string;
  readonly actor: string;
  readonly at: string;
}

/**
 * The last revision of each removed record, so that a record created again after removal
 * continues its revision count (a revision read before the removal never matches it).
 */
export interface RemovedRecordsTable {
  readonly kind: string;
  readonly id: string;
  readonly revision: number;
}

/** Mandates by the bodies their reporting obligations report to, for `reportsDue`. */
export interface MandateReportTable {
  readonly mandate_id: string;
  readonly body_id: string;
}

/**
 * The key each mandate with a symbol is found by (core's `mandateLookupKey`), for
 * `findMandate`: one row per mandate, looked up by key through `mandate_reference_by_key`.
 */
export interface MandateReferenceTable {
  readonly mandate_id: string;
  readonly reference_key: string;
}

/** One row per activity: its period as days and its searchable text, lower-cased and unaccented. */
export interface ActivityTable {
  readonly id: string;
  readonly period_start: string | null;
  readonly period_end: string | null;
  readonly search_text: string;
}

/** One value of a multi-valued activity field (a country, a topic, a mandate id…). */
export interface ActivityValueTable {
  readonly activity_id: string;
  readonly value: string;
}

/** Sessions by body and number, so `sessionsOf` reads only one body's sessions. */
export interface SessionTable {
  readonly id: string;
  readonly body_id: string;
  readonly number: number | null;
}

/** Observations by indicator and aggregation block, so an aggregation reads only what it needs. */
export interface ObservationTable {
  readonly id: string;
  readonly indicator_id: string;
  /** See `aggregationBlock`. */
  readonly block: number;
  readonly period_start: string | null;
  readonly period_end: string | null;
}

/** A counter per block of an indicator's observations (and per indicator, and for all activities), bumped by every write that changes it. */
export interface AggregationGenerationTable {
  readonly indicator_id: string;
  readonly block: number;
  readonly generation: number;
}

/** The aggregation of one block of one indicator's observations for one query shape, with the generations it was computed from. */
export interface AggregationCacheTable {
  readonly indicator_id: string;
  readonly block: number;
  readonly shape: string;
  readonly stamp: string;
  readonly result: string;
}

/** The multi-valued activity fields that have an index table each. */
export const ACTIVITY_VALUE_TABLES = [
  "activity_country",
  "activity_region",
  "activity_topic",
  "activity_kind",
  "activity_partner",
  "activity_audience",
  "activity_mandate",
] as const;
/** The name of one activity index table. */
export type ActivityValueTableName = (typeof ACTIVITY_VALUE_TABLES)[number];

/** The tables of a Remit database, as Kysely sees them. */
export interface RemitDatabase {
  remit_migrations: MigrationsTable;
  records: RecordsTable;
  audit: AuditTable;
  removed_records: RemovedRecordsTable;
  mandate_report: MandateReportTable;
  mandate_reference: MandateReferenceTable;
  activity: ActivityTable;
  activity_country: ActivityValueTable;
  activity_region: ActivityValueTable;
  activity_topic: ActivityValueTable;
  activity_kind: ActivityValueTable;
  activity_partner: ActivityValueTable;
  activity_audience: ActivityValueTable;
  activity_mandate: ActivityValueTable;
  session_entry: SessionTable;
  observation_entry: ObservationTable;
  aggregation_generation: AggregationGenerationTable;
  aggregation_cache: AggregationCacheTable;
}
