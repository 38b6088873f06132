import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import { summaryColumns, type SummarizedKind } from "./RecordSummary";
import { SUMMARY_COLUMN_LABELS } from "./SummaryColumnLabels";

const KINDS: readonly SummarizedKind[] = ["activity", "mandate", "session", "instrument", "observation"];

describe("the headings of a list of records", () => {
  it("head every column of every kind's summary in the six official languages", () => {
    for (const kind of KINDS)
      for (const { key } of summaryColumns(kind))
        expect(Object.keys(SUMMARY_COLUMN_LABELS[key]).sort()).toEqual([...LANGUAGES].sort());
  });

  it("name a mandate's adoption and a session's number as the UN's languages do", () => {
    expect(SUMMARY_COLUMN_LABELS.adopted.zh).toBe("通过日期");
    expect(SUMMARY_COLUMN_LABELS.number.zh).toBe("届次");
    expect(SUMMARY_COLUMN_LABELS.symbol.fr).toBe("Cote");
  });
});
