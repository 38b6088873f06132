import fc from "fast-check";
import type { InstrumentFilter } from "../../instrument/InstrumentFilter";
import type { MandateFilter } from "../../mandate/MandateFilter";
import type { ObservationFilter } from "../../metric/ObservationFilter";
import type { SessionFilter } from "../../session/SessionFilter";
import type { FilterableKind, FilterOf } from "../../store/RecordFilter";
import type { EntityOf } from "../../store/EntityKind";
import type { Period } from "../../time/Period";
import { METRIC_COUNTRIES } from "../arbitraries/metric";
import { CITED_INSTRUMENT_IDS } from "../arbitraries/mandate";
import { ARBITRARY_RECORDS } from "./sampleRecords";
import { arbitraryActivityFilter } from "./arbitraryActivityFilter";

/** The bodies the mandate and session arbitraries adopt and meet in. */
const BODY_IDS = ["ga", "ecosoc", "ccpcj", "crime-congress", "eg-cybercrime", "ahc-cybercrime"] as const;

/** The indicators observations are given here, so that filters by indicator find some. */
const FILTER_INDICATOR_IDS = ["people-trained", "officials-trained", "campaign-views"] as const;

/**
 * Periods from a month to twenty years between 1990 and 2040, as wide as the dates the
 * arbitraries of mandates, sessions and instruments use, so that some records fall in them.
 */
const arbitraryFilterPeriod: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: 1990, max: 2040 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.nat({ max: 20 }))
  .map(([year, month, span]) => {
    if (month !== null) return { start: `${year}-${String(month).padStart(2, "0")}` };
    return span === 0 ? { start: String(year) } : { start: String(year), end: String(year + span) };
  });

/** Words that the generated ids and titles often hold (single letters), and some that they rarely do. */
const arbitraryFilterText = fc.constantFrom("a", "E", "m-", "1", "é", "res", "zz", "培");

function someOf<F extends object>(criteria: {
  readonly [K in keyof Required<F>]: fc.Arbitrary<F[K]>;
}): fc.Arbitrary<F> {
  return fc
    .subarray(Object.keys(criteria) as (keyof F)[], { maxLength: 2 })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, criteria[key]])) as never)) as never;
}

/**
 * A filter of each searchable kind, of zero to two criteria (three for activities), over
 * values the records' arbitraries also use: for the contract's comparison of `Store.find`
 * with `matchesFilter`.
 */
export const ARBITRARY_FILTERS: { readonly [K in FilterableKind]: fc.Arbitrary<FilterOf<K>> } = {
  activity: arbitraryActivityFilter,
  mandate: someOf<MandateFilter>({
    bodyId: fc.constantFrom(...BODY_IDS),
    instrumentId: fc.constantFrom(...CITED_INSTRUMENT_IDS),
    period: arbitraryFilterPeriod,
    text: arbitraryFilterText,
  }),
  session: someOf<SessionFilter>({
    bodyId: fc.constantFrom(...BODY_IDS),
    period: arbitraryFilterPeriod,
    text: arbitraryFilterText,
  }),
  instrument: someOf<InstrumentFilter>({ period: arbitraryFilterPeriod, text: arbitraryFilterText }),
  observation: someOf<ObservationFilter>({
    indicatorId: fc.constantFrom(...FILTER_INDICATOR_IDS),
    country: fc.constantFrom(...METRIC_COUNTRIES),
    period: arbitraryFilterPeriod,
  }),
};

/** Records of each searchable kind for the comparison; observations belong to a few shared indicators. */
export const FILTERED_RECORDS: { readonly [K in FilterableKind]: fc.Arbitrary<EntityOf<K>> } = {
  activity: ARBITRARY_RECORDS.activity,
  mandate: ARBITRARY_RECORDS.mandate,
  session: ARBITRARY_RECORDS.session,
  instrument: ARBITRARY_RECORDS.instrument,
  observation: fc
    .tuple(ARBITRARY_RECORDS.observation, fc.constantFrom(...FILTER_INDICATOR_IDS))
    .map(([observation, indicatorId]) => ({ ...observation, indicatorId })),
};
