import { describe, expect, it } from "vitest";
import { queryStoreOf } from "../testing/LoadedStore";
import { reportOnMandate } from "./MandateReport";
import { reportFixtureEntries } from "../testing/ReportFixture";

// The report written from content lives with its content (@remit/dataset's tests); here, what
// core decides before any content is used.
const entries = reportFixtureEntries();

describe("the report on a stored mandate, before its content", () => {
  it("asks for the content of the mandate the citation names, and refuses the report when none is known", async () => {
    const asked: string[] = [];
    const result = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "GA resolution 74/173",
        period: { start: "2020" },
        language: "en",
        content: (mandateId) => {
          asked.push(mandateId);
          return undefined;
        },
      }),
    );
    expect(asked).toEqual(["a-res-74-173"]);
    expect(result._tag === "Failure" && result.failure).toEqual({
      _tag: "NoReportContent",
      mandateId: "a-res-74-173",
      message: expect.stringMatching(/^no report outline is known for A\/RES\/74\/173: /),
    });
  });

  it("says a reference names no mandate before it asks for any content", async () => {
    const asked: string[] = [];
    const missing = await queryStoreOf(
      entries,
      reportOnMandate({
        mandate: "A/RES/74/999",
        period: { start: "2020" },
        language: "en",
        content: (mandateId) => {
          asked.push(mandateId);
          return undefined;
        },
      }),
    );
    expect(missing._tag === "Failure" && missing.failure._tag).toBe("NotFound");
    expect(asked).toEqual([]);
  });
});
