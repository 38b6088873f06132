import { csvHeader } from "./CsvRecords";
import { describe, expect, it } from "vitest";
import { kindOfCsvHeader, kindOfFileName, kindOfRecord, kindOfWord } from "./KindDetection";

describe("telling what kind of records a file holds", () => {
  it("reads the kind from a word, singular or plural, in any case", () => {
    expect(kindOfWord("Activities")).toBe("activity");
    expect(kindOfWord("thematic-discussions")).toBe("thematicDiscussion");
    expect(kindOfWord("meetings")).toBe("session");
    expect(kindOfWord("widgets")).toBeUndefined();
  });

  it("reads the kind from the file's name, or one of its words", () => {
    expect(kindOfFileName("data/mandates.csv")).toBe("mandate");
    expect(kindOfFileName("2020-activities.jsonl")).toBe("activity");
    expect(kindOfFileName("big.jsonl")).toBeUndefined();
  });

  it("reads the kind of a bare record from the fields only that kind has", () => {
    expect(kindOfRecord({ id: "obs-1", indicatorId: "people-trained", value: {}, scope: {}, activityIds: [] })).toBe(
      "observation",
    );
    expect(kindOfRecord({ id: "a", title: {}, kind: "training", topics: [], countries: {}, period: {} })).toBe(
      "activity",
    );
    expect(kindOfRecord({ id: "ccpcj", name: { en: "CCPCJ" }, kind: "functional-commission" })).toBe("body");
    expect(kindOfRecord([1, 2])).toBeUndefined();
  });

  it("reads the kind from a CSV header that matches one layout", () => {
    for (const kind of ["body", "session", "mandate", "instrument", "activity", "indicator", "observation"] as const) {
      expect(kindOfCsvHeader(csvHeader(kind))).toBe(kind);
    }
    expect(kindOfCsvHeader(["id", "colour"])).toBeUndefined();
  });
});
