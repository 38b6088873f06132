import { describe, expectTypeOf, it } from "vitest";
import type { BuildReportInput, BuildReportResult } from "./BuildReport";
import type { Report } from "./Report";
import type { ReportError } from "./ReportErrors";
import type { ReportContent } from "./ReportContent";
import type { ReportRecords } from "./ReportContext";
import type { SentenceKey } from "./ReportTemplates";

declare const records: ReportRecords;
declare const content: ReportContent;

describe("buildReport's types", () => {
  it("names the mandate by id or by symbol, not both", () => {
    expectTypeOf({
      mandateId: "a-res-74-173",
      period: { start: "2020" },
      records,
      language: "zh",
      content,
    } as const).toExtend<BuildReportInput>();
    expectTypeOf({
      symbol: "A/RES/74/173",
      period: { start: "2020" },
      records,
      language: "en",
      content,
    } as const).toExtend<BuildReportInput>();
    expectTypeOf({
      mandateId: "a",
      symbol: "A/RES/74/173",
      period: { start: "2020" },
      records,
      language: "en",
      content,
    } as const).not.toExtend<BuildReportInput>();
  });

  it("requires the report's content: core writes no mandate's report from a default outline", () => {
    expectTypeOf({
      symbol: "A/RES/74/173",
      period: { start: "2020" },
      records,
      language: "en",
    } as const).not.toExtend<BuildReportInput>();
  });

  it("returns the report or a tagged error, never throws one", () => {
    expectTypeOf<Extract<BuildReportResult, { ok: true }>["value"]>().toEqualTypeOf<Report>();
    expectTypeOf<Extract<BuildReportResult, { ok: false }>["error"]["_tag"]>().toEqualTypeOf<ReportError["_tag"]>();
    expectTypeOf<ReportError["_tag"]>().toEqualTypeOf<
      "MandateNotFound" | "NoReportRequested" | "ObligationNotFound" | "NoReportTemplates"
    >();
  });

  it("accepts only the sentence keys every template set writes", () => {
    expectTypeOf<"forensics.training">().toExtend<SentenceKey>();
    expectTypeOf<"forensics.trainings">().not.toExtend<SentenceKey>();
  });
});
