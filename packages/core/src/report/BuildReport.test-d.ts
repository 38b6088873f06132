import { describe, expectTypeOf, it } from "vitest";
import type { BuildReportInput, BuildReportResult } from "./BuildReport";
import type { Report } from "./Report";
import type { ReportError } from "./ReportErrors";
import type { ReportContent } from "./ReportContent";
import type { ReportRecords } from "./ReportContext";
import type { ReportOutline } from "./ReportOutline";

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

  it("takes the headings and sentences a report's content names, not a fixed list of one report's", () => {
    expectTypeOf({
      id: "budget-report",
      sections: [
        {
          id: "budget",
          numeral: "I",
          heading: "budget",
          paragraphs: [{ id: "budget.totals", kind: "sentences", sentences: [{ template: "budget.totals" }] }],
          subsections: [],
        },
      ],
    } as const).toExtend<ReportOutline>();
  });
});
