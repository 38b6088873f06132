import type { Qualifier, Quantity } from "../metric";
import type { Provenance } from "../provenance/Provenance";
import type { Result } from "../result/Result";
import { earliestDay, latestDay, precisionOf, type PartialDate } from "../time/PartialDate";
import type { LegalInstrument } from "./LegalInstrument";
import type { PartiesCount, PartiesMeasure } from "./PartiesCount";

/** The count of parties known at a date, as {@link partiesAsOf} finds it. */
export interface PartiesAt {
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

/**
 * Why no count of parties is known at a date:
 * - `no-counts`: the instrument has no count at all;
 * - `other-measure`: it has counts, but only of other measures (the Budapest Convention
 *   is counted in ratifications, not parties);
 * - `none-before`: every count of that measure is dated after the date asked about.
 */
export interface NoPartiesCount {
  readonly _tag: "NoPartiesCount";
  readonly reason: "no-counts" | "other-measure" | "none-before";
  /** What is missing and what to ask instead, in English. */
  readonly message: string;
}

/** The count of parties known at a date, or why there is none. */
export type PartiesAsOfResult = Result<PartiesAt, NoPartiesCount>;

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
 * @example partiesAsOf(untoc, "2011") // { ok: true, value: { asOf: "2011", count: { value: 158, qualifier: "exact" }, ... } }
 */
export function partiesAsOf(
  instrument: LegalInstrument,
  date: PartialDate,
  options: PartiesAsOfOptions = {},
): PartiesAsOfResult {
  const measure = options.measure ?? "parties";
  if (instrument.partiesCounts.length === 0) {
    return noCount("no-counts", `${instrument.id} has no recorded count of parties, ratifications or signatories`);
  }
  const ofMeasure = instrument.partiesCounts.filter((entry) => entry.measure === measure);
  if (ofMeasure.length === 0) {
    const available = [...new Set(instrument.partiesCounts.map((entry) => entry.measure))].join(", ");
    return noCount(
      "other-measure",
      `${instrument.id} has no count of ${measure}, only of ${available}: ask for that measure instead`,
    );
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
    return noCount(
      "none-before",
      `${instrument.id} has no count of ${measure} at or before ${date}; the earliest is as of ${first}`,
    );
  }
  return {
    ok: true,
    value: {
      asOf: best.asOf,
      count: best.count,
      qualifier: best.count.qualifier,
      measure,
      provenance: best.provenance,
      mayPostdate: latestDay(best.asOf) > last,
    },
  };
}

function noCount(reason: NoPartiesCount["reason"], message: string): PartiesAsOfResult {
  return { ok: false, error: { _tag: "NoPartiesCount", reason, message } };
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

function isLater(entry: PartiesCount, than: PartiesCount): boolean {
  const a = earliestDay(entry.asOf);
  const b = earliestDay(than.asOf);
  if (a !== b) return a > b;
  return PRECISION_RANK[precisionOf(entry.asOf)] > PRECISION_RANK[precisionOf(than.asOf)];
}
