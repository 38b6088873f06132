import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../store/ImportEntry";
import { queryStoreOf } from "../store/LoadedStore.fixture";
import { reportOnMandate } from "./MandateReport";
import { reportFixture } from "./ReportRecords.fixture";

const fixture = reportFixture();
const entries: ImportEntry[] = [
  ...(fixture.bodies ?? []).map((record) => ({ kind: "body" as const, record })),
  ...fixture.sessions.map((record) => ({ kind: "session" as const, record })),
  ...fixture.mandates.map((record) => ({ kind: "mandate" as const, record })),
  ...fixture.activities.map((record) => ({ kind: "activity" as const, record })),
  ...fixture.indicators.map((record) => ({ kind: "indicator" as const, record })),
  ...fixture.observations.map((record) => ({ kind: "observation" as const, record })),
];

describe("the report on a stored mandate", () => {
  it("writes 74/173's report for 2020, the mandate named by its citation", async () => {
    let read = 0;
    const result = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "GA resolution 74/173",
        period: { start: "2020" },
        language: "en",
        onRecord: () => (read += 1),
      }),
    );
    expect(result._tag === "Success" && result.success).toMatchObject({
      mandateId: "a-res-74-173",
      period: { start: "2020" },
      language: "en",
      isFallback: false,
    });
    // Every record but the 2019 training, which falls outside the period.
    expect(read).toBe(entries.length - 1);
  });

  it("says a reference names no mandate, and a mandate has no such reporting obligation", async () => {
    const missing = await queryStoreOf(
      entries,
      reportOnMandate({ mandate: "A/RES/74/999", period: { start: "2020" }, language: "en" }),
    );
    expect(missing._tag === "Failure" && missing.failure._tag).toBe("NotFound");
    const obligation = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "a-res-74-173",
        period: { start: "2020" },
        language: "fr",
        obligationId: "no-such-report",
      }),
    );
    expect(obligation._tag === "Failure" && obligation.failure._tag).toBe("ObligationNotFound");
  });

  it("writes no report for a period the store holds nothing of", async () => {
    const result = await queryStoreOf(
      entries,
      reportOnMandate({ mandate: "A/RES/74/173", period: { start: "2015" }, language: "en" }),
    );
    expect(result._tag === "Failure" && result.failure).toMatchObject({
      _tag: "NothingToReport",
      mandateId: "a-res-74-173",
      period: { start: "2015" },
    });
  });
});
