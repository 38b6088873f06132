import { readJsonDocument, readJsonLines, type EntityKind, type ImportEntry } from "@remit/core";
import { arbitraryActivity, arbitraryObservation } from "@remit/core/testing";
import { DATASET_KEYS, loadDataset, recordsOf } from "@remit/dataset";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  collectText,
  exportJsonDocument,
  exportJsonLines,
  exportKindedJsonLines,
  utf8Chunks,
  type KindedRecord,
} from "../src/json";
import { hostileText } from "./CsvTestSupport";

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

async function entries(read: AsyncIterable<ImportEntry>): Promise<{ kind: EntityKind; record: unknown }[]> {
  const found: { kind: EntityKind; record: unknown }[] = [];
  for await (const entry of read) {
    if (entry.readProblem !== undefined)
      throw new Error(`core's reader reported: ${JSON.stringify(entry.readProblem)}`);
    found.push({ kind: entry.kind, record: entry.record });
  }
  return found;
}

const KINDS = Object.keys(DATASET_KEYS) as EntityKind[];

describe("JSON document", () => {
  it("holds the whole dataset keyed by kind, and core's readJsonDocument gives every record back", async () => {
    const data = dataset();
    const groups = Object.fromEntries(KINDS.map((kind) => [kind, recordsOf(data, kind)]));
    const chunks = exportJsonDocument(groups, { schema: "https://json-schema.org/draft/2020-12/schema" });
    const read = await entries(readJsonDocument(utf8Chunks(chunks), { file: "remit.json" }));
    const expected = KINDS.flatMap((kind) => recordsOf(data, kind).map((record) => ({ kind, record })));
    expect(read).toEqual(expected);
  });

  it("is one valid JSON value, written in store order whatever order the groups are given in", async () => {
    const data = dataset();
    const text = await collectText(exportJsonDocument({ observation: data.observations, body: data.bodies }));
    const parsed = JSON.parse(text) as Record<string, unknown[]>;
    expect(Object.keys(parsed)).toEqual(["body", "observation"]);
    expect(parsed.body).toEqual(data.bodies);
  });

  it("writes an empty group as an empty array", async () => {
    const text = await collectText(exportJsonDocument({ activity: [] }));
    expect(JSON.parse(text)).toEqual({ activity: [] });
  });
});

describe("JSON Lines", () => {
  it("is one record per line that core's readJsonLines reads back, for arbitrary activities with hostile text", async () => {
    const activity = fc
      .tuple(arbitraryActivity, hostileText)
      .map(([record, text]) => ({ ...record, title: { ar: text, zh: text } }));
    await fc.assert(
      fc.asyncProperty(fc.array(activity, { maxLength: 8 }), async (records) => {
        const text = await collectText(exportJsonLines("activity", records));
        expect(text.split("\n")).toHaveLength(records.length + 1);
        const read = await entries(readJsonLines(utf8Chunks([text]), { kind: "activity" }));
        expect(read.map((entry) => entry.record)).toEqual(records);
      }),
      { numRuns: 100 },
    );
  });

  it("wraps records in kind envelopes when asked, so one file can mix kinds", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryActivity, { maxLength: 3 }),
        fc.array(arbitraryObservation, { maxLength: 3 }),
        async (activities, observations) => {
          const kinded: KindedRecord[] = [
            ...activities.map((record): KindedRecord => ({ kind: "activity", record })),
            ...observations.map((record): KindedRecord => ({ kind: "observation", record })),
          ];
          const read = await entries(readJsonLines(utf8Chunks(exportKindedJsonLines(kinded))));
          expect(read).toEqual(kinded);
        },
      ),
      { numRuns: 50 },
    );
    const single = await collectText(exportJsonLines("session", dataset().sessions.slice(0, 1), { envelope: true }));
    expect(JSON.parse(single)).toEqual({ kind: "session", record: dataset().sessions[0] });
  });
});
