import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { deferReport } from "./DeferReport";
import { dueReports } from "./DueReports";
import { Mandate } from "./Mandate";
import { currentDueSession } from "./ReportingObligation";

// 74/173's report as it stood before the 29th session: asked for, not yet deferred.
const before = Mandate.parse({
  id: "a-res-74-173",
  symbol: "A/RES/74/173",
  kind: "resolution",
  adoptingBodyId: "ga",
  adoptedOn: "2019",
  provisions: [],
  reportingObligations: [
    {
      id: "a-res-74-173-report",
      reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
      deferrals: [],
      status: "pending",
      provenance: [],
    },
  ],
  lineage: [],
  status: "active",
  provenance: [],
});

const reducedFormat = { zh: "由于 2019 冠状病毒病（COVID-19）大流行，第二十九届会议不得不以缩小规模的形式举行" };

describe("deferReport", () => {
  it("moves the 74/173 report from the 29th to the 30th session and records why", () => {
    const result = deferReport(before, "a-res-74-173-report", {
      toSession: 30,
      reason: reducedFormat,
      provenance: [cite("E/CN.15/2021/…")],
    });
    if (!result.ok) throw new Error(result.error.message);
    const obligation = result.value.reportingObligations[0]!;
    expect(obligation.deferrals).toEqual([
      { fromSession: 29, toSession: 30, reason: reducedFormat, provenance: [cite("E/CN.15/2021/…")] },
    ]);
    expect(obligation.status).toBe("deferred");
    expect(currentDueSession(obligation).sessionNumber).toBe(30);
    expect(Mandate.safeParse(result.value).success).toBe(true);
    expect(dueReports([result.value], "ccpcj", 30)).toHaveLength(1);
  });

  it("leaves the mandate it was given unchanged", () => {
    const snapshot = structuredClone(before);
    deferReport(before, "a-res-74-173-report", { toSession: 30, reason: reducedFormat });
    expect(before).toEqual(snapshot);
  });

  it("a second deferral starts where the first one ended and keeps the decision that moved it", () => {
    const first = deferReport(before, "a-res-74-173-report", { toSession: 30, reason: reducedFormat });
    if (!first.ok) throw new Error(first.error.message);
    const second = deferReport(first.value, "a-res-74-173-report", {
      toSession: 31,
      reason: { en: "a further deferral" },
      decidedBy: { mandateId: "a-further-decision" },
    });
    if (!second.ok) throw new Error(second.error.message);
    const deferrals = second.value.reportingObligations[0]!.deferrals;
    expect(deferrals.map((deferral) => [deferral.fromSession, deferral.toSession])).toEqual([
      [29, 30],
      [30, 31],
    ]);
    expect(deferrals[1]?.decidedBy).toEqual({ mandateId: "a-further-decision" });
    expect(Mandate.safeParse(second.value).success).toBe(true);
  });

  it("an unknown report id is an error that lists the reports the mandate has", () => {
    const result = deferReport(before, "a-res-74-173-rpt", { toSession: 30, reason: reducedFormat });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error._tag).toBe("ObligationNotFound");
    expect(result.error.message).toContain("a-res-74-173-report");
  });

  it("a deferral to the same or an earlier session is refused", () => {
    for (const toSession of [29, 28]) {
      const result = deferReport(before, "a-res-74-173-report", { toSession, reason: reducedFormat });
      expect(result.ok ? undefined : result.error).toMatchObject({ _tag: "InvalidDeferral", reason: "not-later" });
    }
  });

  it("a report already submitted cannot be deferred", () => {
    const submitted = Mandate.parse({
      ...before,
      reportingObligations: [{ ...before.reportingObligations[0], status: "submitted", submittedAs: "E/CN.15/2011/2" }],
    });
    const result = deferReport(submitted, "a-res-74-173-report", { toSession: 30, reason: reducedFormat });
    expect(result.ok ? undefined : result.error).toMatchObject({
      _tag: "InvalidDeferral",
      reason: "already-submitted",
    });
    expect(result.ok ? "" : result.error.message).toContain("E/CN.15/2011/2");
  });
});
