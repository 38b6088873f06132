import type * as z from "zod/mini";
import { ActivityFilter, matchesActivityFilter } from "../activity/ActivityFilter";
import type { ActivitySort } from "../activity/ActivitySort";
import { InstrumentFilter, matchesInstrumentFilter } from "../instrument/InstrumentFilter";
import { MandateFilter, matchesMandateFilter } from "../mandate/MandateFilter";
import { ObservationFilter, matchesObservationFilter } from "../metric/ObservationFilter";
import { SessionFilter, matchesSessionFilter } from "../session/SessionFilter";
import type { EntityOf } from "./EntityKind";

/**
 * The filter schema of each kind a store can search (`Store.find`): the input of every list
 * query, so that an HTTP API can validate a query string and describe it in OpenAPI from the
 * same schema.
 */
export const FILTER_SCHEMAS = {
  activity: ActivityFilter,
  mandate: MandateFilter,
  session: SessionFilter,
  instrument: InstrumentFilter,
  observation: ObservationFilter,
} as const;

/** A kind of record a store can search with a filter. */
export type FilterableKind = keyof typeof FILTER_SCHEMAS;

/** Every kind a store can search with a filter. */
export const FILTERABLE_KINDS = Object.keys(FILTER_SCHEMAS) as readonly FilterableKind[];

/** The filter of a kind: `FilterOf<"mandate">` is `MandateFilter`. */
export type FilterOf<K extends FilterableKind> = z.infer<(typeof FILTER_SCHEMAS)[K]>;

/**
 * The orders a kind's list can be sorted in besides id order: `ActivitySort` for activities;
 * other kinds are listed by id only.
 */
export type SortOf<K extends FilterableKind> = K extends "activity" ? ActivitySort : never;

const MATCHERS: { readonly [K in FilterableKind]: (record: EntityOf<K>, filter: FilterOf<K>) => boolean } = {
  activity: matchesActivityFilter,
  mandate: matchesMandateFilter,
  session: matchesSessionFilter,
  instrument: matchesInstrumentFilter,
  observation: matchesObservationFilter,
};

/**
 * Whether a record is one its kind's filter asks for: the pure definition `Store.find`
 * answers by (`matchesActivityFilter`, `matchesMandateFilter`, … for each kind).
 * @example matchesFilter("session", ccpcj30, { bodyId: "ccpcj" }) // true
 */
export function matchesFilter<K extends FilterableKind>(kind: K, record: EntityOf<K>, filter: FilterOf<K>): boolean {
  return (MATCHERS[kind] as (record: EntityOf<K>, filter: FilterOf<K>) => boolean)(record, filter);
}
