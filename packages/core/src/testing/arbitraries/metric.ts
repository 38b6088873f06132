import fc from "fast-check";
import type { Country, M49Region } from "../../geo";
import type { CountryCoverage } from "../../metric/CountryCoverage";
import type { Indicator } from "../../metric/Indicator";
import { AGGREGATIONS } from "../../metric/Indicator";
import type { MetricValue, Observation } from "../../metric/Observation";
import { QUALIFIERS } from "../../metric/Qualifier";
import type { Quantity } from "../../metric/Quantity";
import { MULTIPLIERS } from "../../metric/Quantity";
import type { RegionCoverage } from "../../metric/RegionCoverage";
import type { Share } from "../../metric/Share";
import type { Provenance } from "../../provenance/Provenance";
import type { Period } from "../../time/Period";
import { arbitraryDocumentProvenance, arbitraryLocalizedText } from "./mandate";

/** Countries of the seeds (and a few more), all known to UN M49. */
export const METRIC_COUNTRIES: readonly Country[] = [
  "AUT",
  "BFA",
  "BLZ",
  "CRI",
  "GTM",
  "HND",
  "SEN",
  "SLV",
  "THA",
  "PHL",
  "VNM",
  "NGA",
  "BRA",
  "MEX",
];
/** M49 areas the seeds speak of: world, Africa, Western Africa, Central America, Americas, South-eastern Asia, Asia, Latin America and the Caribbean. */
export const METRIC_REGIONS: readonly M49Region[] = ["001", "002", "011", "013", "019", "035", "142", "419"];
const UNITS = ["person", "case", "view", "impression", "law", "image"] as const;

const arbitraryId = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/);

/** Options of {@link arbitraryQuantity}. */
export interface QuantityArbitraryOptions {
  /** The unit every generated quantity has; by default any unit or none. */
  readonly unit?: string;
  /** The largest value; 10,000,000 by default. Values are whole numbers. */
  readonly max?: number;
}

/**
 * A valid quantity: a whole value (so that sums are exact in floating point), any qualifier,
 * `strict` only on bounds, optional unit and written scale.
 */
export function arbitraryQuantity(options: QuantityArbitraryOptions = {}): fc.Arbitrary<Quantity> {
  const unit =
    options.unit === undefined ? fc.option(fc.constantFrom(...UNITS), { nil: undefined }) : fc.constant(options.unit);
  return fc
    .record({
      value: fc.integer({ min: 0, max: options.max ?? 10_000_000 }),
      qualifier: fc.constantFrom(...QUALIFIERS),
      strict: fc.boolean(),
      unit,
      multiplier: fc.option(fc.constantFrom(...MULTIPLIERS), { nil: undefined }),
    })
    .map(({ value, qualifier, strict, unit: chosen, multiplier }) => ({
      value,
      qualifier,
      ...(strict && (qualifier === "atLeast" || qualifier === "atMost") ? { strict: true as const } : {}),
      ...(chosen !== undefined ? { unit: chosen } : {}),
      ...(multiplier !== undefined ? { multiplier } : {}),
    }));
}

/** A valid share of a whole counted in `unit`: two counts, or a whole percentage of a count. */
export function arbitraryShare(unit?: string): fc.Arbitrary<Share> {
  const withUnit = (value: number, qualifier: Quantity["qualifier"]): Quantity =>
    unit === undefined ? { value, qualifier } : { value, qualifier, unit };
  const qualifier = fc.constantFrom(...QUALIFIERS);
  const counted = fc
    .tuple(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), qualifier, qualifier)
    .map(([whole, part, q1, q2]): Share => ({
      basis: "counted",
      numerator: withUnit(Math.floor(whole * part), q1),
      denominator: withUnit(whole, q2),
    }));
  const percent = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 1000 }), qualifier, qualifier)
    .map(([value, whole, q1, q2]): Share => ({
      basis: "percent",
      percent: { value, qualifier: q1 },
      denominator: withUnit(whole, q2),
    }));
  return fc.oneof(counted, percent);
}

/**
 * A valid share of a whole the source does not state (2021 report ¶21): a whole percent
 * with any qualifier and no denominator ("more than 50% of the cases"), or a rate of exact
 * counts ("7 of every 10 child victims").
 */
export const arbitraryShareOfUnknownWhole: fc.Arbitrary<Share> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...QUALIFIERS), fc.boolean())
    .map(([value, qualifier, strict]): Share => ({
      basis: "percent",
      percent: {
        value,
        qualifier,
        ...(strict && (qualifier === "atLeast" || qualifier === "atMost") ? { strict: true as const } : {}),
      },
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([every, part]): Share => ({
      basis: "counted",
      numerator: { value: Math.floor(every * part), qualifier: "exact" },
      denominator: { value: every, qualifier: "exact" },
      ratio: true,
    })),
);

/** A valid coverage of countries: some named, and maybe a count consistent with them. */
export const arbitraryCountryCoverage: fc.Arbitrary<CountryCoverage> = fc
  .tuple(
    fc.subarray([...METRIC_COUNTRIES], { maxLength: 5 }),
    fc.option(fc.tuple(fc.constantFrom(...QUALIFIERS), fc.nat({ max: 80 }), fc.boolean())),
  )
  .map(([named, count]) => {
    if (count === null) return { named };
    const [qualifier, extra, strict] = count;
    const value = qualifier === "exact" || qualifier === "atMost" ? named.length + extra : extra;
    const bound = strict && (qualifier === "atLeast" || qualifier === "atMost");
    return { named, count: { value, qualifier, unit: "country", ...(bound ? { strict: true as const } : {}) } };
  });

/** A valid coverage of regions: M49 areas and, sometimes, a region named in words. */
export const arbitraryRegionCoverage: fc.Arbitrary<RegionCoverage> = fc.record({
  m49: fc.subarray([...METRIC_REGIONS], { maxLength: 3 }),
  named: fc.array(
    arbitraryLocalizedText.map((name) => ({ name })),
    { maxLength: 1 },
  ),
});

/** A valid period within 2018–2021, to the year or the month, possibly spanning. */
export const arbitraryMetricPeriod: fc.Arbitrary<Period> = fc
  .tuple(
    fc.integer({ min: 2018, max: 2021 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.option(fc.nat({ max: 14 })),
  )
  .map(([year, month, span]) => {
    if (month === null)
      return span === null || span === 0
        ? { start: String(year) }
        : { start: String(year), end: String(year + (span % 3)) };
    const start = `${year}-${String(month).padStart(2, "0")}`;
    if (span === null) return { start };
    const endMonth = month - 1 + span;
    const end = `${year + Math.floor(endMonth / 12)}-${String((endMonth % 12) + 1).padStart(2, "0")}`;
    return end === start ? { start } : { start, end };
  });

/** A valid indicator; a distinct-count indicator counts countries. */
export const arbitraryIndicator: fc.Arbitrary<Indicator> = fc
  .record(
    {
      id: arbitraryId,
      name: arbitraryLocalizedText,
      unit: fc.constantFrom(...UNITS),
      aggregation: fc.constantFrom(...AGGREGATIONS),
      description: arbitraryLocalizedText,
    },
    { requiredKeys: ["id", "name", "unit", "aggregation"] },
  )
  .map((indicator) => (indicator.aggregation === "distinct-count" ? { ...indicator, unit: "country" } : indicator));

/** A value an observation of `indicator` may hold: a share for share indicators, else a quantity. */
export function arbitraryMetricValueFor(indicator: Indicator): fc.Arbitrary<MetricValue> {
  // A figure may leave its unit to the indicator, or state the indicator's unit.
  const quantity = fc
    .tuple(arbitraryQuantity({ unit: indicator.unit, max: 100_000 }), fc.boolean())
    .map(([figure, statesUnit]): Quantity => {
      if (statesUnit) return figure;
      const { unit: _unit, ...rest } = figure;
      return rest;
    });
  const share = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(indicator.unit, undefined).chain((unit) => arbitraryShare(unit)) },
    { weight: 1, arbitrary: arbitraryShareOfUnknownWhole },
  );
  if (indicator.aggregation === "share") return share;
  if (indicator.aggregation === "latest") return fc.oneof(quantity, share);
  if (indicator.aggregation === "distinct-count") return arbitraryQuantity({ unit: "country", max: 80 });
  return quantity;
}

const arbitraryObservationProvenance: fc.Arbitrary<Provenance[]> = fc.array(arbitraryDocumentProvenance, {
  minLength: 1,
  maxLength: 2,
});

/** A valid observation of `indicator`, linked to some of `activityIds`. */
export function arbitraryObservationFor(
  indicator: Indicator,
  activityIds: readonly string[] = [],
): fc.Arbitrary<Observation> {
  return fc.record({
    id: arbitraryId,
    indicatorId: fc.constant(indicator.id),
    value: arbitraryMetricValueFor(indicator),
    scope: fc.record({
      period: arbitraryMetricPeriod,
      countries: arbitraryCountryCoverage,
      regions: arbitraryRegionCoverage,
      disaggregation: fc.constantFrom(
        [],
        [{ dimension: "age-band" as const, value: "9-12" }],
        [{ dimension: "sex" as const, value: "female" }],
      ),
    }),
    activityIds: fc.subarray([...activityIds]),
    provenance: arbitraryObservationProvenance,
  });
}

/** A valid observation of some valid indicator. */
export const arbitraryObservation: fc.Arbitrary<Observation> = arbitraryIndicator.chain((indicator) =>
  arbitraryObservationFor(indicator),
);
