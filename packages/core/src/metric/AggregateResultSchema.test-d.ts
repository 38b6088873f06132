import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { AggregateCell } from "./AggregateCell";
import type { AggregateError } from "./AggregateError";
import type { AggregateCellSchema, AggregateErrorSchema, FigureOverlapSchema } from "./AggregateResultSchema";
import type { FigureOverlap } from "./FigureOverlap";

describe("the aggregation schemas describe core's types", () => {
  it("a cell the schema reads is core's cell, and core's cell is one the schema describes", () => {
    expectTypeOf<z.output<typeof AggregateCellSchema>>().toExtend<AggregateCell>();
    expectTypeOf<keyof AggregateCell>().toEqualTypeOf<keyof z.output<typeof AggregateCellSchema>>();
  });

  it("so are the reasons an observation is left out, and the overlap warnings", () => {
    expectTypeOf<z.output<typeof AggregateErrorSchema>>().toExtend<AggregateError>();
    expectTypeOf<AggregateError>().toExtend<z.output<typeof AggregateErrorSchema>>();
    expectTypeOf<z.output<typeof FigureOverlapSchema>>().toExtend<FigureOverlap>();
    expectTypeOf<keyof FigureOverlap>().toEqualTypeOf<keyof z.output<typeof FigureOverlapSchema>>();
  });
});
