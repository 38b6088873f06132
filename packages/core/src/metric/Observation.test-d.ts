import { describe, expectTypeOf, it } from "vitest";
import type { Country } from "../geo";
import type { Provenance } from "../provenance/Provenance";
import type { Period } from "../time/Period";
import type { SourcedCell } from "./AggregateCell";
import type { CountryCoverage } from "./CountryCoverage";
import type { Aggregation, Indicator } from "./Indicator";
import type { MetricValue, Observation } from "./Observation";
import type { Quantity } from "./Quantity";
import type { Share } from "./Share";

describe("Observation type", () => {
  it("holds a quantity or a share as its value", () => {
    expectTypeOf<Observation["value"]>().toEqualTypeOf<MetricValue>();
    expectTypeOf<MetricValue>().toEqualTypeOf<Quantity | Share>();
  });

  it("scopes a figure by period, countries, regions and breakdown", () => {
    expectTypeOf<Observation["scope"]["period"]>().toEqualTypeOf<Period>();
    expectTypeOf<Observation["scope"]["countries"]>().toEqualTypeOf<CountryCoverage>();
    expectTypeOf<Observation["scope"]["disaggregation"][number]["dimension"]>().toEqualTypeOf<
      "sex" | "age-band" | "crime-type" | "victim-status" | "audience" | "platform" | "language" | "case-status"
    >();
  });

  it("keeps a count of countries optional and named countries required", () => {
    expectTypeOf<{ named: [] }>().toExtend<CountryCoverage>();
    expectTypeOf<CountryCoverage["count"]>().toEqualTypeOf<Quantity | undefined>();
    expectTypeOf<CountryCoverage["named"]>().toEqualTypeOf<Country[]>();
  });

  it("links to activities and sources by id", () => {
    expectTypeOf<Observation["activityIds"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Observation["provenance"]>().toEqualTypeOf<Provenance[]>();
    expectTypeOf<SourcedCell["sources"]["provenance"]>().toEqualTypeOf<readonly Provenance[]>();
  });

  it("gives an indicator a closed aggregation and an optional description", () => {
    expectTypeOf<Indicator["aggregation"]>().toEqualTypeOf<Aggregation>();
    expectTypeOf<Aggregation>().toEqualTypeOf<"sum" | "distinct-count" | "share" | "latest">();
    expectTypeOf<Indicator>().toHaveProperty("description");
    expectTypeOf<{ id: string; name: { en: string }; unit: string; aggregation: "sum" }>().toExtend<Indicator>();
  });
});
