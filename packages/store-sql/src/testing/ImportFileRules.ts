import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  csvHeader,
  formatCsvRow,
  matchesActivityFilter,
  readCsv,
  readJsonLines,
  recordToCsvRow,
  type Activity,
  type ActivityFilter,
  type ImportProgress,
  type StoreShape,
} from "@remit/core";
import { afterAll, describe, expect, it } from "vitest";
import { seededRandom, syntheticActivity, syntheticCountries } from "@remit/core/testing";
import { contentDigest, fails, succeeds, withStore, type MakeLayer } from "./StoreAccess";

/** `count` valid, realistic activities, the same on every run. */
export function activities(count: number, seed = 7): Activity[] {
  const random = seededRandom(seed);
  const countries = syntheticCountries(seed);
  return Array.from({ length: count }, (_, index) => syntheticActivity(random, index, countries));
}

function jsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

async function everyActivity(store: StoreShape, filter: ActivityFilter): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await succeeds(
      store.findActivities(filter, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) }),
    );
    ids.push(...page.items.map((stored) => stored.record.id));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
}

/**
 * Imports from real files through core's readers: every problem listed with file, line,
 * field path, reason and expected; all-or-nothing; skipInvalid; idempotence; progress;
 * CSV; and a bulk import (indexes dropped and rebuilt) that still answers like the pure
 * predicate. `makeLayer(bulkThreshold)` gives a new, empty store.
 */
export function importFileRules(makeLayer: (bulkImportThreshold?: number) => ReturnType<MakeLayer>): void {
  const folder = mkdtempSync(join(tmpdir(), "remit-import-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  describe("importing files", () => {
    it("lists every bad record of a JSON Lines file with file, line, field path, reason and expected, and writes nothing", () =>
      withStore(makeLayer, async (store) => {
        const [first, second, third] = activities(3);
        const text = [
          JSON.stringify(first),
          JSON.stringify({ ...second, id: "Bad Id", kind: "karaoke", countries: { named: ["XXX"] } }),
          '{"id": "act-broken", "title": ',
          JSON.stringify({ ...third, colour: "blue" }),
        ].join("\n");
        const path = file("bad.jsonl", `${text}\n`);
        const error = await fails(
          store.importRecords(readJsonLines(createReadStream(path), { kind: "activity", file: "bad.jsonl" }), {
            actor: "loader",
          }),
        );
        expect(error._tag).toBe("ImportRejected");
        if (error._tag !== "ImportRejected") return;
        expect(error.read).toBe(4);
        const problems = error.problems.map((problem) => ({ line: problem.line, path: problem.path.join(".") }));
        expect(problems).toEqual(
          expect.arrayContaining([
            { line: 2, path: "id" },
            { line: 2, path: "kind" },
            { line: 2, path: "countries.named.0" },
            { line: 3, path: "" },
            { line: 4, path: "colour" },
          ]),
        );
        expect(error.problems.every((problem) => problem.file === "bad.jsonl" && problem.reason.length > 0)).toBe(true);
        const kind = error.problems.find((problem) => problem.line === 2 && problem.path[0] === "kind");
        expect(kind?.expected).toContain("training");
        expect(error.message).toContain("bad.jsonl:2");
        expect((await succeeds(store.list("activity"))).items).toEqual([]);
        expect(await succeeds(store.history("activity", first!.id))).toEqual([]);
      }));

    it("with skipInvalid writes the good records and reports the bad ones", () =>
      withStore(makeLayer, async (store) => {
        const good = activities(5);
        const lines = [...good.map((record) => JSON.stringify(record)), "not json"];
        const path = file("skip.jsonl", `${lines.join("\n")}\n`);
        const report = await succeeds(
          store.importRecords(readJsonLines(createReadStream(path), { kind: "activity", file: "skip.jsonl" }), {
            actor: "loader",
            skipInvalid: true,
          }),
        );
        expect(report).toMatchObject({ read: 6, written: 5, unchanged: 0, rejected: 1 });
        expect(report.problems).toEqual([expect.objectContaining({ file: "skip.jsonl", line: 6 })]);
        expect((await succeeds(store.list("activity"))).items.map((stored) => stored.record)).toEqual(good);
      }));

    it("importing the same file twice leaves the store exactly as after the first time", () =>
      withStore(makeLayer, async (store) => {
        const path = file("twice.jsonl", jsonLines(activities(40)));
        const read = () => readJsonLines(createReadStream(path), { kind: "activity", file: "twice.jsonl" });
        const first = await succeeds(store.importRecords(read(), { actor: "loader" }));
        expect(first).toMatchObject({ read: 40, written: 40, unchanged: 0 });
        const after = await contentDigest(store);
        const second = await succeeds(store.importRecords(read(), { actor: "someone-else" }));
        expect(second).toMatchObject({ read: 40, written: 0, unchanged: 40, rejected: 0 });
        expect(await contentDigest(store)).toBe(after);
      }));

    it("a record met twice in one file, into an empty store: the second time is a new revision, or unchanged", () =>
      withStore(makeLayer, async (store) => {
        const records = activities(1_200);
        const retitled = { ...records[3]!, title: { en: "Mobile forensics, second edition" } };
        // Met again many batches later, and in the batch right after the first.
        const path = file("again.jsonl", jsonLines([...records, retitled, records[5], records[1_199]]));
        const report = await succeeds(
          store.importRecords(readJsonLines(createReadStream(path), { kind: "activity" }), { actor: "loader" }),
        );
        expect(report).toMatchObject({ read: 1_203, written: 1_201, unchanged: 2, rejected: 0 });
        const stored = await succeeds(store.get("activity", retitled.id));
        expect(stored).toMatchObject({ revision: 2, record: retitled });
        expect(await succeeds(store.get("activity", records[5]!.id))).toMatchObject({ revision: 1 });
      }));

    it("reports progress as it goes: read, written, unchanged and rejected add up", () =>
      withStore(makeLayer, async (store) => {
        const records = activities(25);
        const lines = records.map((record, index) => (index === 10 ? "{" : JSON.stringify(record)));
        const path = file("progress.jsonl", `${lines.join("\n")}\n`);
        await succeeds(
          store.importRecords(readJsonLines(createReadStream(path), { kind: "activity" }), {
            actor: "loader",
            skipInvalid: true,
          }),
        );
        const seen: ImportProgress[] = [];
        const report = await succeeds(
          store.importRecords(readJsonLines(createReadStream(path), { kind: "activity" }), {
            actor: "loader",
            skipInvalid: true,
            progressEvery: 5,
            onProgress: (progress) => seen.push(progress),
          }),
        );
        expect(report).toMatchObject({ read: 25, written: 0, unchanged: 24, rejected: 1 });
        expect(seen.length).toBeGreaterThanOrEqual(5);
        for (const [index, progress] of seen.entries()) {
          expect(progress.written + progress.unchanged + progress.rejected).toBeLessThanOrEqual(progress.read);
          if (index > 0) expect(progress.read).toBeGreaterThanOrEqual(seen[index - 1]!.read);
        }
        expect(seen.at(-1)).toEqual({ read: 25, written: 0, unchanged: 24, rejected: 1 });
      }));

    it("a CSV file of activities imports the same records as its JSON Lines twin", () =>
      withStore(makeLayer, async (store) => {
        const records = activities(30);
        const csv = [csvHeader("activity"), ...records.map((record) => recordToCsvRow("activity", record))]
          .map(formatCsvRow)
          .join("\r\n");
        const path = file("activities.csv", `${csv}\r\n`);
        const report = await succeeds(
          store.importRecords(readCsv(createReadStream(path), { kind: "activity", file: "activities.csv" }), {
            actor: "loader",
          }),
        );
        expect(report).toMatchObject({ read: 30, written: 30, rejected: 0 });
        const stored = (await succeeds(store.list("activity", { limit: 100 }))).items.map((item) => item.record);
        expect(stored).toEqual(records);
      }));
  });

  describe("a bulk import", () => {
    it("drops and rebuilds its indexes and still finds exactly what matchesActivityFilter accepts", () =>
      withStore(
        () => makeLayer(300),
        async (store) => {
          const records = activities(1_200, 11);
          const path = file("bulk.jsonl", jsonLines(records));
          const report = await succeeds(
            store.importRecords(readJsonLines(createReadStream(path), { kind: "activity" }), { actor: "loader" }),
          );
          expect(report.written).toBe(1_200);
          const [country] = syntheticCountries(11);
          const filters: ActivityFilter[] = [
            { country: country! },
            { region: "002", topic: "digital-forensics" },
            { partner: "Interpol", period: { start: "2015", end: "2017" } },
            { mandateId: "a-res-74-173", kind: "training" },
            { text: "FORMATION cybercriminalité" },
            { audience: "prosecutors", text: "forensics" },
          ];
          for (const filter of filters) {
            const expected = records
              .filter((record) => matchesActivityFilter(record, filter))
              .map((record) => record.id);
            expect(await everyActivity(store, filter)).toEqual(expected);
          }
          const again = await succeeds(
            store.importRecords(readJsonLines(createReadStream(path), { kind: "activity" }), { actor: "loader" }),
          );
          expect(again).toMatchObject({ written: 0, unchanged: 1_200 });
        },
      ));
  });
}
