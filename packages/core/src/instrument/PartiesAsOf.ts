import type { Qualifier, Quantity } from "../metric";
import type { Provenance } from "../provenance/Provenance";
import { earliestDay, latestDay, precisionOf, type PartialDate } from "../time/PartialDate";
import type { LegalInstrument } from "./LegalInstrument";
import type { PartiesCount, PartiesMeasure } from "./PartiesCount";

/**
 * The count of parties known at a date, or why there is none:
 * - `no-counts`: the instrument has no count at all;
 * - `other-measure`: it has counts, but only of other measures (the Budapest Convention
 *   is counted in ratifications, not parties);
 * - `none-before`: every count of that measure is dated after the date asked about.
 */
export type PartiesAsOfResult =
  | {
      readonly ok: true;
      readonly asOf: PartialDate;
      readonly count: Quantity;
      readonly qualifier: Qualifier;
      readonly measure: PartiesMeasure;
      readonly provenance: readonly Provenance[];
      /**
       * True when the count's date is coarser than the date asked about and may fall after
       * it (a count "as of 2011" asked about on 2011-06-01).
       */
      readonly mayPostdate: boolean;
    }
  | { readonly ok: false; readonly reason: "no-counts" | "other-measure" | "none-before"; readonly message: string };

/** Options of {@link partiesAsOf}. */
export interface PartiesAsOfOptions {
  /** Which measure to read; parties by default. */
  readonly measure?: PartiesMeasure;
}

/**
 * The latest count of an instrument's parties at or before `date`, with its own date and
 * qualifier. A count dated only to a year or month counts as "at or before" when it may
 * be (its first possible day is not after the last day of `date`); among those, the one
 * whose first possible day is latest wins, the more precise on a tie.
 * @example partiesAsOf(untoc, "2011") // { ok: true, asOf: "2011", count: { value: 158, qualifier: "exact" }, ... }
 */
export function partiesAsOf(
  instrument: LegalInstrument,
  date: PartialDate,
  options: PartiesAsOfOptions = {},
): PartiesAsOfResult {
  const measure = options.measure ?? "parties";
  if (instrument.partiesCounts.length === 0) {
    return {
      ok: false,
      reason: "no-counts",
      message: `${instrument.id} has no recorded count of parties, ratifications or signatories`,
    };
  }
  const ofMeasure = instrument.partiesCounts.filter((entry) => entry.measure === measure);
  if (ofMeasure.length === 0) {
    const available = [...new Set(instrument.partiesCounts.map((entry) => entry.measure))].join(", ");
    return {
      ok: false,
      reason: "other-measure",
      message: `${instrument.id} has no count of ${measure}, only of ${available}: ask for that measure instead`,
    };
  }
  const last = latestDay(date);
  const candidates = ofMeasure.filter((entry) => earliestDay(entry.asOf) <= last);
  const best = candidates.reduce<PartiesCount | undefined>(
    (found, entry) => (found === undefined || isLater(entry, found) ? entry : found),
    undefined,
  );
  if (best === undefined) {
    const first =
      ofMeasure.map((entry) => entry.asOf).sort((a, b) => earliestDay(a).localeCompare(earliestDay(b)))[0] ?? "";
    return {
      ok: false,
      reason: "none-before",
      message: `${instrument.id} has no count of ${measure} at or before ${date}; the earliest is as of ${first}`,
    };
  }
  return {
    ok: true,
    asOf: best.asOf,
    count: best.count,
    qualifier: best.count.qualifier,
    measure,
    provenance: best.provenance,
    mayPostdate: latestDay(best.asOf) > last,
  };
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

function isLater(entry: PartiesCount, than: PartiesCount): boolean {
  const a = earliestDay(entry.asOf);
  const b = earliestDay(than.asOf);
  if (a !== b) return a > b;
  return PRECISION_RANK[precisionOf(entry.asOf)] > PRECISION_RANK[precisionOf(than.asOf)];
}
