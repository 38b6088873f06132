import { describe, expect, it } from "vitest";
import { kindOfFile } from "./ContentKind";
import { csvHeader } from "./CsvRecords";

const bytes = (text: string) => new TextEncoder().encode(text);
const observation = { id: "obs-1", indicatorId: "people-trained", value: {}, scope: {}, activityIds: [] };

describe("telling what kind of records a file holds from its name and first bytes", () => {
  it("believes the file's name before its content", async () => {
    expect(await kindOfFile("data/mandates.csv", "csv", bytes(`${csvHeader("body").join(",")}\n`))).toBe("mandate");
  });

  it("reads a CSV file's kind from a header that matches one layout, and none from a header that matches none", async () => {
    expect(await kindOfFile("upload.csv", "csv", bytes(`${csvHeader("session").join(",")}\nccpcj-30,…\n`))).toBe(
      "session",
    );
    expect(await kindOfFile("upload.csv", "csv", bytes("id,colour\nx,red\n"))).toBeUndefined();
  });

  it("reads the kind of a JSON Lines or JSON file from its first bare record", async () => {
    expect(await kindOfFile("big.jsonl", "jsonl", bytes(`${JSON.stringify(observation)}\n`))).toBe("observation");
    expect(await kindOfFile("export.json", "json", bytes(JSON.stringify([observation])))).toBe("observation");
  });

  it("skips a line that is not JSON and reads the next record", async () => {
    expect(await kindOfFile("big.jsonl", "jsonl", bytes(`{oops\n${JSON.stringify(observation)}\n`))).toBe(
      "observation",
    );
  });

  it("says nothing of a workbook, whose sheets name their kinds", async () => {
    expect(await kindOfFile("activities.xlsx", "xlsx", bytes("PK"))).toBeUndefined();
  });
});
