import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { Period } from "../time/Period";
import { CountryCoverage } from "./CountryCoverage";
import { Quantity } from "./Quantity";
import { RegionCoverage } from "./RegionCoverage";
import { Share } from "./Share";

/** The dimensions a figure can be broken down by. */
export const DISAGGREGATION_DIMENSIONS = [
  "sex",
  "age-band",
  "crime-type",
  "victim-status",
  "audience",
  "platform",
  "language",
  "case-status",
] as const;

/** A dimension a figure is broken down by ("age-band" for "victims aged 9–12", ¶25). */
export const DisaggregationDimension = z.enum(DISAGGREGATION_DIMENSIONS);
/** A dimension a figure is broken down by. */
export type DisaggregationDimension = z.infer<typeof DisaggregationDimension>;

const AGE_BAND = /^(\d{1,3})(?:-(\d{1,3})|\+)$/;

function isAgeBand(value: string): boolean {
  const match = AGE_BAND.exec(value);
  if (match === null) return false;
  return match[2] === undefined || Number(match[1]) <= Number(match[2]);
}

/**
 * One breakdown of a figure: `{ dimension: "age-band", value: "9-12" }`,
 * `{ dimension: "sex", value: "female" }`, `{ dimension: "platform", value: "twitter" }`.
 * Age bands are written "9-12" (inclusive) or "18+".
 */
export const Disaggregation = z
  .strictObject({
    dimension: DisaggregationDimension,
    value: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((item) => item.dimension !== "age-band" || isAgeBand(item.value), {
      message: 'an age band is written "9-12" (lower age first) or "18+"',
      params: rule("observation.ageBandForm", {}),
      path: ["value"],
    }),
  );
/** One breakdown of a figure. */
export type Disaggregation = z.infer<typeof Disaggregation>;

/**
 * Where and when a figure holds, and for whom: the period, the countries and regions (as the
 * source states them), and any breakdown. A dimension appears at most once.
 */
export const ObservationScope = z
  .strictObject({
    period: Period,
    /**
     * How the period reads: `during` it (the default) or `by` its end, a running total up to
     * then ("到 2020 年，超过 50%的案件", ¶21: by 2020, not in 2020).
     */
    periodReading: z.optional(z.enum(["during", "by"])),
    countries: CountryCoverage,
    regions: RegionCoverage,
    disaggregation: z.array(Disaggregation),
  })
  .check(
    z.refine(
      (scope) => new Set(scope.disaggregation.map((item) => item.dimension)).size === scope.disaggregation.length,
      {
        message: "a breakdown dimension appears twice",
        params: rule("observation.dimensionTwice", {}),
        path: ["disaggregation"],
      },
    ),
  );
/** Where, when and for whom a figure holds. */
export type ObservationScope = z.infer<typeof ObservationScope>;

/** The value of an observation: a quantity, or a share that keeps its whole. */
export const MetricValue = z.union([Quantity, Share]);
/** A quantity or a share. */
export type MetricValue = z.infer<typeof MetricValue>;

/**
 * One figure of one indicator, with its scope, the activities it reports on, and where it
 * was stated (at least one provenance). "Trained 2,440 practitioners from 64 countries"
 * (¶17) is an observation of exact 2,440 persons with countries `{ named: [], count: exact 64 }`.
 * @example Observation.parse({ id: "interpol-image-database-2011", indicatorId: "images-in-database", value: { value: 300000, qualifier: "approximately", unit: "image" }, scope: { period: { start: "2011" }, countries: { named: [] }, regions: { m49: [], named: [] }, disaggregation: [] }, activityIds: [], provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [38], quote: "大约 300,000 幅" }] })
 */
export const Observation = z
  .strictObject({
    id: RecordId,
    indicatorId: RecordId,
    value: MetricValue,
    scope: ObservationScope,
    activityIds: z.array(RecordId),
    provenance: z.array(Provenance).check(z.minLength(1)),
  })
  .check(
    z.refine((observation) => new Set(observation.activityIds).size === observation.activityIds.length, {
      message: "an activity is listed twice",
      params: rule("list.activityTwice", {}),
      path: ["activityIds"],
    }),
  );
/** One figure of one indicator, scoped and sourced. */
export type Observation = z.infer<typeof Observation>;
