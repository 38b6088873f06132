import { reportOnMandate } from "@remit/core";
import { queryStoreOf, reportFixtureEntries } from "@remit/core/testing";
import { describe, expect, it } from "vitest";
import { reportContentFor } from "../src";

const entries = reportFixtureEntries();

// core's reportOnMandate over core's small fixture records, with the dataset's choice of content.
describe("the report on a stored mandate", () => {
  it("writes 74/173's report for 2020, the mandate named by its citation", async () => {
    let read = 0;
    const result = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "GA resolution 74/173",
        period: { start: "2020" },
        language: "en",
        content: reportContentFor,
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
      reportOnMandate({
        mandate: "A/RES/74/999",
        period: { start: "2020" },
        language: "en",
        content: reportContentFor,
      }),
    );
    expect(missing._tag === "Failure" && missing.failure._tag).toBe("NotFound");
    const obligation = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "a-res-74-173",
        period: { start: "2020" },
        language: "fr",
        content: reportContentFor,
        obligationId: "no-such-report",
      }),
    );
    expect(obligation._tag === "Failure" && obligation.failure._tag).toBe("ObligationNotFound");
  });

  it("writes no report for a period the store holds nothing of", async () => {
    const result = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "A/RES/74/173",
        period: { start: "2015" },
        language: "en",
        content: reportContentFor,
      }),
    );
    expect(result._tag === "Failure" && result.failure).toMatchObject({
      _tag: "NothingToReport",
      mandateId: "a-res-74-173",
      period: { start: "2015" },
    });
  });

  it("refuses a mandate it knows no report content for, naming it, rather than write the cybercrime report", async () => {
    // CCPCJ 22/8 is in 74/173's lineage: recited in the 2021 report, but that report does not answer it.
    const refused = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "ccpcj-res-22-8",
        period: { start: "2020" },
        language: "en",
        content: reportContentFor,
      }),
    );
    expect(refused._tag === "Failure" && refused.failure).toMatchObject({
      _tag: "NoReportContent",
      mandateId: "ccpcj-res-22-8",
    });
    expect(refused._tag === "Failure" && refused.failure.message).toMatch(/^no report outline is known for /);
  });
});
