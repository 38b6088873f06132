import { describe, expect, it } from "vitest";
import { ReportsDueQuery, dueReports } from "./DueReports";
import type { Mandate } from "./Mandate";
import type { ReportingObligation } from "./ReportingObligation";

function mandate(id: string, obligations: ReportingObligation[]): Mandate {
  return {
    id,
    symbol: `A/RES/74/${id.length}`,
    kind: "resolution",
    adoptingBodyId: "ga",
    provisions: [],
    reportingObligations: obligations,
    lineage: [],
    status: "active",
    provenance: [],
  };
}

const reducedFormat = { zh: "第二十九届会议不得不以缩小规模的形式举行" };

const report74173: ReportingObligation = {
  id: "a-res-74-173-report",
  reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
  deferrals: [{ fromSession: 29, toSession: 30, reason: reducedFormat, provenance: [] }],
  status: "submitted",
  provenance: [],
};

const other29: ReportingObligation = {
  id: "other-report-29",
  reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
  deferrals: [],
  status: "pending",
  provenance: [],
};

const toAssembly: ReportingObligation = {
  id: "report-to-ga-30",
  reportTo: { bodyId: "ga", sessionNumber: 30 },
  deferrals: [],
  status: "pending",
  provenance: [],
};

const mandates = [mandate("a-res-74-173", [report74173]), mandate("other", [other29, toAssembly])];

describe("dueReports", () => {
  it("the 74/173 report deferred from the 29th session is due at the 30th", () => {
    const due = dueReports(mandates, "ccpcj", 30);
    expect(due.map((report) => report.obligation.id)).toEqual(["a-res-74-173-report"]);
    expect(due[0]?.disposition).toBe("due");
    expect(due[0]?.mandate.id).toBe("a-res-74-173");
    expect(due[0]?.deferrals).toEqual(report74173.deferrals);
  });

  it("at the 29th session the deferred report is not due", () => {
    expect(dueReports(mandates, "ccpcj", 29).map((report) => report.obligation.id)).toEqual(["other-report-29"]);
  });

  it("asked for, the 29th session also shows the report deferred away, with where it went", () => {
    const at29 = dueReports(mandates, "ccpcj", 29, { includeDeferredAway: true });
    expect(at29.map((report) => [report.obligation.id, report.disposition])).toEqual([
      ["other-report-29", "due"],
      ["a-res-74-173-report", "deferred-away"],
    ]);
    expect(at29[1]?.dueSession).toEqual({ bodyId: "ccpcj", sessionNumber: 30 });
  });

  it("a session of one body lists no report asked of another body's session with the same number", () => {
    expect(dueReports(mandates, "ga", 30).map((report) => report.obligation.id)).toEqual(["report-to-ga-30"]);
    expect(dueReports(mandates, "ecosoc", 30)).toEqual([]);
  });

  it("a report deferred twice is deferred away from both earlier sessions and keeps its whole history", () => {
    const twice: ReportingObligation = {
      ...report74173,
      deferrals: [
        ...report74173.deferrals,
        { fromSession: 30, toSession: 31, reason: { en: "second deferral" }, provenance: [] },
      ],
      status: "deferred",
    };
    const set = [mandate("twice", [twice])];
    expect(dueReports(set, "ccpcj", 31)[0]?.deferrals.map((deferral) => deferral.toSession)).toEqual([30, 31]);
    expect(dueReports(set, "ccpcj", 30, { includeDeferredAway: true })[0]?.disposition).toBe("deferred-away");
    expect(dueReports(set, "ccpcj", 29, { includeDeferredAway: true })[0]?.disposition).toBe("deferred-away");
    expect(dueReports(set, "ccpcj", 30)).toEqual([]);
  });
});

describe("the question of the reports due at a session", () => {
  it("names a body and a session number, and may ask for the reports deferred away", () => {
    expect(ReportsDueQuery.parse({ bodyId: "ccpcj", sessionNumber: 29, includeDeferredAway: true })).toEqual({
      bodyId: "ccpcj",
      sessionNumber: 29,
      includeDeferredAway: true,
    });
    expect(ReportsDueQuery.safeParse({ bodyId: "ccpcj", sessionNumber: 0 }).success).toBe(false);
    expect(ReportsDueQuery.safeParse({ bodyId: "CCPCJ", sessionNumber: 30 }).success).toBe(false);
  });
});
