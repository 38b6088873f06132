import { describe, expect, it } from "vitest";
import { dueReports } from "./DueReports";
import { dueReportSummary } from "./DueReportSummary";
import type { Mandate } from "./Mandate";

// GA 74/173 asked for a report to the CCPCJ 29th session; the 29th met in reduced format, so
// the report went to the 30th (2021 report, summary) and was issued as E/CN.15/2021/…
const reducedFormat = { en: "the twenty-ninth session met in reduced format" };
const ga74173: Mandate = {
  id: "a-res-74-173",
  symbol: "A/RES/74/173",
  kind: "resolution",
  adoptingBodyId: "ga",
  provisions: [],
  reportingObligations: [
    {
      id: "a-res-74-173-report",
      reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
      subject: { en: "technical assistance against cybercrime" },
      deferrals: [
        {
          fromSession: 29,
          toSession: 30,
          reason: reducedFormat,
          decidedBy: { mandateId: "ccpcj-dec-29-1" },
          provenance: [],
        },
      ],
      status: "submitted",
      submittedAs: "E/CN.15/2021/…",
      provenance: [],
    },
  ],
  lineage: [],
  status: "active",
  provenance: [],
};

describe("a report due, as a reader sees it", () => {
  it("names 74/173 by its symbol and shows its report due at the 30th session after one deferral", () => {
    const [due] = dueReports([ga74173], "ccpcj", 30);
    expect(due && dueReportSummary(due)).toEqual({
      disposition: "due",
      mandateId: "a-res-74-173",
      mandate: "A/RES/74/173",
      obligationId: "a-res-74-173-report",
      subject: { en: "technical assistance against cybercrime" },
      status: "submitted",
      submittedAs: "E/CN.15/2021/…",
      dueAt: { bodyId: "ccpcj", sessionNumber: 30 },
      deferrals: [{ fromSession: 29, toSession: 30, reason: reducedFormat, decidedBy: "ccpcj-dec-29-1" }],
    });
  });

  it("at the 29th session shows the report as deferred away, to the 30th", () => {
    const [moved] = dueReports([ga74173], "ccpcj", 29, { includeDeferredAway: true });
    expect(moved && dueReportSummary(moved)).toMatchObject({
      disposition: "deferred-away",
      dueAt: { bodyId: "ccpcj", sessionNumber: 30 },
    });
  });
});
