import type { Generated } from "kysely";

/** The schema version applied, one row per migration (`remit_migrations`). */
export interface MigrationsTable {
  readonly version: number;
  readonly name: string;
  readonly applied_at: string;
}

/**
 * Every stored record, whatever its kind: the validated record as JSON text, its
 * revision and timestamps. Lookups by field go through `facet` and the tables below.
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

/**
 * One row per value a record is found by: an activity's countries, regions, topics…, a
 * session's body, the bodies a mandate asks reports of. `facet` is a code of `FACETS`.
 * Clustered by record (what a rewrite deletes), indexed by (facet, value, record) (what a
 * query looks up, in id order).
 */
export interface FacetTable {
  readonly record_id: string;
  readonly facet: number;
  readonly value: string;
  /**
   * An activity's start day (core's `activitySortKey(activity, "start")`) as the integer
   * `YYYYMMDD` (`startDayKey`), on the rows of the facets a list sorted by start may walk
   * (`startOrderedFacetCodes`), null on the others: indexed after the value (`facet_by_start`,
   * migration 16), so that such a list reads one value's activities in that order.
   */
  readonly start_key: number | null;
}

/**
 * Every normalized name and acronym of a partner, with the one form its activities' facet
 * rows hold (see `partnerForm`): what a partner filter is looked up by first. Clustered by
 * (alias, form); rows are added, never removed.
 */
export interface PartnerAliasTable {
  readonly alias: string;
  readonly form: string;
}

/**
 * Which countries each M49 region holds, at any depth (migration 15, from core's M49 table):
 * a region filter or grouping reaches a record through the countries it names.
 */
export interface M49MemberTable {
  readonly region: string;
  readonly country: string;
}

/** The facet codes spelled out, for people reading the database. */
export interface FacetNameTable {
  readonly facet: number;
  readonly kind: string;
  readonly name: string;
}

/**
 * One row per activity: its period as days, its searchable text (lower-cased and
 * unaccented), and the keys it is sorted by (core's `activitySortKey`; `period_start` is the
 * "start" key).
 */
export interface ActivityTable {
  readonly id: string;
  readonly period_start: string | null;
  readonly period_end: string | null;
  readonly search_text: string;
  readonly title_key: string;
  readonly country_key: string;
  readonly kind_key: string;
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

/**
 * What aggregation reads of an observation, so that SQL can sum and count it (see
 * `PartialAggregation`): its indicator, its buckets, its period as sortable keys (earliest
 * day then the date as written; latest day then the date as written), its figure (a share
 * only flagged), and its coverage when it is not fully named.
 */
export interface ObservationValueTable {
  readonly id: string;
  readonly indicator_id: string;
  readonly year_bucket: string;
  readonly month_bucket: string;
  readonly start_key: string;
  readonly end_key: string;
  /** 1 for a share, 0 for a quantity. */
  readonly is_share: number;
  /** The quantity's value (null for a share). */
  readonly value: number | null;
  readonly qualifier: string | null;
  /** 1 when the quantity is strict ("more than"). */
  readonly strict: number;
  readonly multiplier: string | null;
  readonly unit: string | null;
  /** The coverage JSON the observation brings when not fully named (`countedCoverageOf`). */
  readonly counted_coverage: string | null;
  /** The quantity JSON when the scope states no country (a distinct count's own coverage). */
  readonly counted_value: string | null;
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

/** The tables of a Remit database, as Kysely sees them. */
/**
 * Access tokens for the HTTP API, in a table of their own (not a kind of record): the SHA-256
 * of each secret, never the secret; a revoked token keeps its row with `revoked_at` set.
 */
export interface AccessTokensTable {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly secret_hash: string;
  readonly created_at: string;
  readonly created_by: string;
  readonly revoked_at: string | null;
}

export interface RemitDatabase {
  remit_migrations: MigrationsTable;
  access_tokens: AccessTokensTable;
  records: RecordsTable;
  audit: AuditTable;
  removed_records: RemovedRecordsTable;
  facet: FacetTable;
  facet_name: FacetNameTable;
  partner_alias: PartnerAliasTable;
  m49_member: M49MemberTable;
  activity: ActivityTable;
  observation_entry: ObservationTable;
  observation_value: ObservationValueTable;
  aggregation_generation: AggregationGenerationTable;
  aggregation_cache: AggregationCacheTable;
}
