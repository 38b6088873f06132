import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { Period } from "../time/Period";
import { CountryCoverage } from "./CountryCoverage";
import { MetricValue } from "./Observation";

/**
 * One cell of an aggregation as a schema (core's `AggregateCell`), for contracts that describe
 * an aggregation's answer (the web API's OpenAPI document and typed client).
 */
export const AggregateCellSchema = z.strictObject({
  indicatorId: RecordId,
  bucket: z.string().check(z.describe('The period bucket: "2020", "2020-07", or a span of buckets ("2018/2020").')),
  group: z.nullable(z.string()).check(z.describe("The group (country, region, topic or kind), or null for none.")),
  value: MetricValue,
  countries: CountryCoverage,
  period: Period,
  observationCount: z.int().check(z.nonnegative()),
  activityCount: z.int().check(z.nonnegative()),
  sources: z.optional(
    z
      .strictObject({
        observationIds: z.array(RecordId),
        activityIds: z.array(RecordId),
        provenance: z.array(Provenance),
      })
      .check(z.describe("The cell's observations, activities and provenance; only when the query asked for sources.")),
  ),
});

const skippedHead = { observationId: z.string(), indicatorId: z.string(), message: z.string() };

/** Why an observation was left out of an aggregation (core's `AggregateError`), as a schema. */
export const AggregateErrorSchema = z.discriminatedUnion("_tag", [
  z.strictObject({ _tag: z.literal("IndicatorNotFound"), ...skippedHead }),
  z.strictObject({ _tag: z.literal("ValueKindMismatch"), ...skippedHead, expected: z.enum(["quantity", "share"]) }),
  z.strictObject({ _tag: z.literal("IndicatorUnitMismatch"), ...skippedHead, expected: z.string(), found: z.string() }),
  z.strictObject({
    _tag: z.literal("ShareWholeUnknown"),
    ...skippedHead,
    bucket: z.string(),
    group: z.nullable(z.string()),
  }),
]);

/** A warning that a cell may count some people twice (core's `FigureOverlap`), as a schema. */
export const FigureOverlapSchema = z.strictObject({
  _tag: z.literal("FigureOverlap"),
  indicatorId: RecordId,
  bucket: z.string(),
  group: z.nullable(z.string()),
  relation: z.enum(["part-of", "may-overlap"]),
  activityIds: z.tuple([RecordId, RecordId]),
  message: z.string(),
});

/** The answer of an aggregation (core's `AggregateResult`), as a schema. */
export const AggregateResultSchema = z.strictObject({
  cells: z.array(AggregateCellSchema),
  skipped: z.array(AggregateErrorSchema),
  groupsOverlap: z.boolean(),
  overlaps: z.optional(z.array(FigureOverlapSchema)),
});
