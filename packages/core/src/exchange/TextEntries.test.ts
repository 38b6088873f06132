import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../store/ImportEntry";
import { textChunks } from "./ByteChunks";
import { jsonLinesSource } from "./JsonLines";
import { readEntries } from "./TextEntries";

async function collect(entries: AsyncIterable<ImportEntry>): Promise<ImportEntry[]> {
  const all: ImportEntry[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

describe("readEntries", () => {
  it("reads JSON Lines one record a line, each envelope naming its kind", async () => {
    const text = '{"kind":"mandate","record":{"id":"a-res-74-173"}}\n{"kind":"body","record":{"id":"ga"}}\n';
    const entries = await collect(readEntries("jsonl", textChunks(text), { file: "backup.jsonl" }));
    expect(entries).toEqual([
      { kind: "mandate", record: { id: "a-res-74-173" }, file: "backup.jsonl", line: 1 },
      { kind: "body", record: { id: "ga" }, file: "backup.jsonl", line: 2 },
    ]);
  });

  it("hands on a JSON Lines reader's own entries, so a store may read the file on a worker thread", () => {
    const chunks = textChunks('{"id":"ga"}\n');
    expect(jsonLinesSource(readEntries("jsonl", chunks, { kind: "body" }))).toEqual({
      chunks,
      options: { kind: "body" },
    });
    expect(jsonLinesSource(readEntries("json", textChunks("[]"), { kind: "body" }))).toBeUndefined();
  });

  it("reads a JSON array of bare records as the kind it is told", async () => {
    const entries = await collect(readEntries("json", textChunks('[{"id":"ga"},{"id":"ecosoc"}]'), { kind: "body" }));
    expect(entries.map((entry) => [entry.kind, entry.record])).toEqual([
      ["body", { id: "ga" }],
      ["body", { id: "ecosoc" }],
    ]);
  });

  it("reads CSV rows as the kind it is told, by the kind's column layout", async () => {
    const text = "id,name_en,unit,aggregation\nviews,Views,view,sum\n";
    const entries = await collect(readEntries("csv", textChunks(text), { kind: "indicator", file: "indicators.csv" }));
    expect(entries).toEqual([
      {
        kind: "indicator",
        record: { id: "views", name: { en: "Views" }, unit: "view", aggregation: "sum" },
        file: "indicators.csv",
        line: 2,
      },
    ]);
  });

  it("a CSV file without a kind is one problem at line 1, asking for the kind, and nothing is read", async () => {
    const entries = await collect(readEntries("csv", textChunks("id,name_en,unit,aggregation\n"), { file: "upload" }));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.readProblem).toMatchObject({
      file: "upload",
      line: 1,
      reason: "a CSV row does not say its kind",
    });
  });
});
