import * as z from "zod";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { Period } from "../time/Period";
import { CountryCoverage } from "./CountryCoverage";
import { MetricValue } from "./Observation";

/**
 * One cell of an aggregation as a schema (core's `AggregateCell`), for contracts that describe
 * an aggregation's answer (the web API's OpenAPI document and typed client).
 */
export const AggregateCellSchema = z
  .object({
    indicatorId: RecordId,
    bucket: z.string().describe('The period bucket: "2020", "2020-07", or a span of buckets ("2018/2020").'),
    group: z.string().nullable().describe("The group (country, region, topic or kind), or null for none."),
    value: MetricValue,
    countries: CountryCoverage,
    period: Period,
    observationIds: z.array(RecordId),
    activityIds: z.array(RecordId),
    provenance: z.array(Provenance),
  })
  .strict();

const skippedHead = { observationId: z.string(), indicatorId: z.string(), message: z.string() };

/** Why an observation was left out of an aggregation (core's `AggregateError`), as a schema. */
export const AggregateErrorSchema = z.discriminatedUnion("_tag", [
  z.object({ _tag: z.literal("IndicatorNotFound"), ...skippedHead }).strict(),
  z.object({ _tag: z.literal("ValueKindMismatch"), ...skippedHead, expected: z.enum(["quantity", "share"]) }).strict(),
  z
    .object({ _tag: z.literal("IndicatorUnitMismatch"), ...skippedHead, expected: z.string(), found: z.string() })
    .strict(),
  z
    .object({ _tag: z.literal("ShareWholeUnknown"), ...skippedHead, bucket: z.string(), group: z.string().nullable() })
    .strict(),
]);

/** A warning that a cell may count some people twice (core's `FigureOverlap`), as a schema. */
export const FigureOverlapSchema = z
  .object({
    _tag: z.literal("FigureOverlap"),
    indicatorId: RecordId,
    bucket: z.string(),
    group: z.string().nullable(),
    relation: z.enum(["part-of", "may-overlap"]),
    activityIds: z.tuple([RecordId, RecordId]),
    message: z.string(),
  })
  .strict();

/** The answer of an aggregation (core's `AggregateResult`), as a schema. */
export const AggregateResultSchema = z
  .object({
    cells: z.array(AggregateCellSchema),
    skipped: z.array(AggregateErrorSchema),
    groupsOverlap: z.boolean(),
    overlaps: z.array(FigureOverlapSchema).optional(),
  })
  .strict();
