import { describe, expect, it } from "vitest";
import { renderRecordTree } from "./RecordTree";

describe("a record shown in full", () => {
  it("shows scalars as key: value, nested objects indented, short lists on one line", () => {
    expect(
      renderRecordTree({
        id: "ccpcj-30",
        number: 30,
        topics: ["cryptocurrency", "darknet"],
        title: { en: "30th session", zh: "第三十届会议" },
      }),
    ).toEqual([
      "id: ccpcj-30",
      "number: 30",
      "topics: [cryptocurrency, darknet]",
      "title:",
      "  en: 30th session",
      "  zh: 第三十届会议",
    ]);
  });

  it("shows lists of objects as items", () => {
    expect(renderRecordTree({ deferrals: [{ fromSession: 29, toSession: 30 }] })).toEqual([
      "deferrals:",
      "  - fromSession: 29",
      "    toSession: 30",
    ]);
  });

  it("shows every language of a text, Arabic as stored", () => {
    const lines = renderRecordTree({ title: { ar: "تدريب", en: "Training" } });
    expect(lines).toContain("  ar: تدريب");
  });

  it("quotes text that would otherwise hide its spaces, and marks empty lists", () => {
    expect(renderRecordTree({ note: " padded", partners: [] })).toEqual(['note: " padded"', "partners: []"]);
  });
});
