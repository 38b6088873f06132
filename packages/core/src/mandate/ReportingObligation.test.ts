import { describe, expect, it } from "vitest";
import { ReportingObligation, currentDueSession, wasDeferredFrom } from "./ReportingObligation";

const reducedFormat = { zh: "第二十九届会议不得不以缩小规模的形式举行" };

const deferredTo30 = {
  id: "a-res-74-173-report",
  reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
  deferrals: [{ fromSession: 29, toSession: 30, reason: reducedFormat, provenance: [] }],
  status: "submitted",
  provenance: [],
};

describe("ReportingObligation", () => {
  it("a report asked for the 29th session and deferred is due at the 30th", () => {
    const obligation = ReportingObligation.parse(deferredTo30);
    expect(currentDueSession(obligation)).toEqual({ bodyId: "ccpcj", sessionNumber: 30 });
    expect(wasDeferredFrom(obligation, 29)).toBe(true);
    expect(wasDeferredFrom(obligation, 30)).toBe(false);
  });

  it("a report never deferred is due at the session first asked for", () => {
    const obligation = ReportingObligation.parse({ ...deferredTo30, deferrals: [], status: "pending" });
    expect(currentDueSession(obligation)).toEqual({ bodyId: "ccpcj", sessionNumber: 29 });
  });

  it("a report deferred twice is due where the second deferral sent it", () => {
    const twice = ReportingObligation.parse({
      ...deferredTo30,
      deferrals: [
        ...deferredTo30.deferrals,
        { fromSession: 30, toSession: 32, reason: { en: "second deferral" }, provenance: [] },
      ],
      status: "deferred",
    });
    expect(currentDueSession(twice).sessionNumber).toBe(32);
  });

  it("a deferral must start where the report was due, and says where that was", () => {
    const result = ReportingObligation.safeParse({
      ...deferredTo30,
      deferrals: [{ fromSession: 28, toSession: 30, reason: reducedFormat, provenance: [] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["deferrals", 0, "fromSession"]);
    expect(result.error?.issues[0]?.message).toContain("due at session 29");
  });

  it("a deferral cannot move a report back to an earlier session", () => {
    const result = ReportingObligation.safeParse({
      ...deferredTo30,
      deferrals: [{ fromSession: 29, toSession: 28, reason: reducedFormat, provenance: [] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.message.includes("later session"))).toBe(true);
  });

  it("status must agree with the history: 'deferred' needs a deferral, an issued symbol means 'submitted'", () => {
    expect(ReportingObligation.safeParse({ ...deferredTo30, deferrals: [], status: "deferred" }).success).toBe(false);
    const pendingWithSymbol = ReportingObligation.safeParse({
      ...deferredTo30,
      status: "pending",
      submittedAs: "E/CN.15/2011/2",
    });
    expect(pendingWithSymbol.success).toBe(false);
    expect(pendingWithSymbol.error?.issues[0]?.message).toContain("must be 'submitted'");
  });

  it("a report known only up to its number is submitted as its partial symbol, E/CN.15/2021/…", () => {
    const submitted = ReportingObligation.parse({
      ...deferredTo30,
      status: "submitted",
      submittedAs: "E/CN.15/2021/…",
    });
    expect(submitted.submittedAs).toBe("E/CN.15/2021/…");
    const pending = ReportingObligation.safeParse({
      ...deferredTo30,
      status: "pending",
      submittedAs: "E/CN.15/2021/…",
    });
    expect(pending.error?.issues[0]?.message).toContain("must be 'submitted'");
    const noYear = ReportingObligation.safeParse({ ...deferredTo30, submittedAs: "E/CN.15/…" });
    expect(noYear.error?.issues[0]).toMatchObject({ path: ["submittedAs"] });
    expect(noYear.error?.issues[0]?.message).toContain("a partial symbol without its session or year");
  });

  it("the symbol of the submitted report is validated by the symbol parser", () => {
    expect(ReportingObligation.safeParse({ ...deferredTo30, submittedAs: "A/624/123" }).success).toBe(false);
    expect(ReportingObligation.parse({ ...deferredTo30, submittedAs: "E/CN.15/2011/2" }).submittedAs).toBe(
      "E/CN.15/2011/2",
    );
  });
});
