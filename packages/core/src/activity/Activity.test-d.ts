import { describe, expectTypeOf, it } from "vitest";
import type { CountryCoverage } from "../metric/CountryCoverage";
import type { RegionCoverage } from "../metric/RegionCoverage";
import type { Language } from "../text/Language";
import type { LocalizedText } from "../text/LocalizedText";
import type { Period } from "../time/Period";
import type { Activity } from "./Activity";
import type { ActivityFilter } from "./ActivityFilter";
import type { ActivityKind } from "./ActivityKind";
import type { Audience } from "./Audience";
import type { DeliveryMode } from "./DeliveryMode";

describe("Activity type", () => {
  it("uses the closed vocabularies as literal unions", () => {
    expectTypeOf<Activity["kind"]>().toEqualTypeOf<ActivityKind>();
    expectTypeOf<"training">().toExtend<ActivityKind>();
    expectTypeOf<"workshop">().not.toExtend<ActivityKind>();
    expectTypeOf<Activity["audiences"]>().toEqualTypeOf<Audience[]>();
    expectTypeOf<DeliveryMode>().toEqualTypeOf<"in-person" | "remote" | "hybrid">();
  });

  it("shares the coverage types of metric/", () => {
    expectTypeOf<Activity["countries"]>().toEqualTypeOf<CountryCoverage>();
    expectTypeOf<Activity["regions"]>().toEqualTypeOf<RegionCoverage>();
    expectTypeOf<Activity["period"]>().toEqualTypeOf<Period>();
  });

  it("leaves what a source may not state optional", () => {
    expectTypeOf<Activity["summary"]>().toEqualTypeOf<LocalizedText | undefined>();
    expectTypeOf<Activity["deliveryMode"]>().toEqualTypeOf<DeliveryMode | undefined>();
    expectTypeOf<Activity["implementerId"]>().toEqualTypeOf<string | undefined>();
    type Required = Omit<Activity, "summary" | "deliveryMode" | "implementerId">;
    expectTypeOf<Required>().toExtend<Activity>();
  });

  it("relates activities by id, and says where the period comes from, all optionally", () => {
    expectTypeOf<Activity["partOf"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Activity["mayOverlapWith"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Activity["periodBasis"]>().toEqualTypeOf<"stated" | "reporting-period" | undefined>();
  });

  it("accepts the official languages among its delivery languages", () => {
    expectTypeOf<Language>().toExtend<Activity["languages"][number]>();
  });

  it("makes every filter criterion optional", () => {
    expectTypeOf<Record<never, never>>().toExtend<ActivityFilter>();
    expectTypeOf<ActivityFilter["topic"]>().toEqualTypeOf<Activity["topics"][number] | undefined>();
  });
});
