import { describe, expect, it } from "vitest";
import type { ImportEntry, ImportProgress } from "../../store/ImportEntry";
import type { StoreShape } from "../../store/Store";
import { sampleRecord, sampleRecords, versionsOf } from "./sampleRecords";
import { entriesOf, fails, succeeds, type StoreHarness } from "./StoreHarness";

/** A mixed import: bodies and mandates, one entry per line of `file`. */
function goodEntries(file: string): ImportEntry[] {
  const bodies = sampleRecords("body", 3, "body");
  const mandates = sampleRecords("mandate", 2, "mandate");
  return [
    ...bodies.map((record) => ({ kind: "body" as const, record })),
    ...mandates.map((record) => ({ kind: "mandate" as const, record })),
  ].map((entry, index) => ({ ...entry, file, line: index + 1 }));
}

/** Two bad entries: a mandate with a bad id and an unknown field, and a line that was not JSON. */
function badEntries(file: string, firstLine: number): ImportEntry[] {
  return [
    {
      kind: "mandate",
      record: { ...sampleRecord("mandate", "fine"), id: "Bad Id", colour: "blue" },
      file,
      line: firstLine,
    },
    {
      kind: "body",
      record: undefined,
      file,
      line: firstLine + 1,
      readProblem: { path: [], reason: "the line is not JSON: Unexpected token } at column 14" },
    },
  ];
}

async function storedCount(store: StoreShape): Promise<number> {
  const bodies = await succeeds(store.list("body", { limit: 1000 }));
  const mandates = await succeeds(store.list("mandate", { limit: 1000 }));
  return bodies.items.length + mandates.items.length;
}

/** Imports: all-or-nothing, skipInvalid, idempotence, progress, and a failing source. */
export function importRules(harness: StoreHarness): void {
  const { withStore, testOptions } = harness;

  describe("importing records", () => {
    it("an import with a bad record writes nothing and lists every problem with file, line and path", testOptions, () =>
      withStore(async (store) => {
        const entries = [...goodEntries("seed.jsonl"), ...badEntries("seed.jsonl", 6)];
        const error = await fails(store.importRecords(entriesOf(entries), { actor: "loader" }));
        expect(error._tag).toBe("ImportRejected");
        if (error._tag !== "ImportRejected") return;
        expect(error.read).toBe(7);
        expect(error.problems).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ file: "seed.jsonl", line: 6, path: ["id"] }),
            expect.objectContaining({ file: "seed.jsonl", line: 6, path: ["colour"] }),
            expect.objectContaining({
              file: "seed.jsonl",
              line: 7,
              path: [],
              reason: expect.stringContaining("not JSON") as unknown,
            }),
          ]),
        );
        expect(error.message).toContain("seed.jsonl");
        expect(await storedCount(store)).toBe(0);
        expect(await succeeds(store.history("body", "body-0000"))).toEqual([]);
      }),
    );

    it("with skipInvalid the good records are written and the bad ones reported", testOptions, () =>
      withStore(async (store) => {
        const entries = [...badEntries("seed.jsonl", 1), ...goodEntries("seed.jsonl")];
        const report = await succeeds(store.importRecords(entriesOf(entries), { actor: "loader", skipInvalid: true }));
        expect(report).toMatchObject({ read: 7, written: 5, unchanged: 0, rejected: 2 });
        expect(report.problems.map((problem) => problem.line)).toEqual(expect.arrayContaining([1, 2]));
        expect(report.problems.every((problem) => problem.file === "seed.jsonl")).toBe(true);
        expect(await storedCount(store)).toBe(5);
        const body = await succeeds(store.get("body", "body-0000"));
        expect(body).toMatchObject({ revision: 1, updatedBy: "loader" });
        const trail = await succeeds(store.history("body", "body-0000"));
        expect(trail.map((entry) => [entry.action, entry.actor])).toEqual([["create", "loader"]]);
      }),
    );

    it("importing the same records twice changes nothing the second time", testOptions, () =>
      withStore(async (store) => {
        const entries = goodEntries("seed.jsonl");
        const first = await succeeds(store.importRecords(entriesOf(entries), { actor: "loader" }));
        expect(first).toMatchObject({ read: 5, written: 5, unchanged: 0, rejected: 0, problems: [] });
        const before = await succeeds(store.get("mandate", "mandate-0001"));
        const second = await succeeds(
          store.importRecords(entriesOf(structuredClone(entries)), { actor: "loader-again" }),
        );
        expect(second).toMatchObject({ read: 5, written: 0, unchanged: 5, rejected: 0, problems: [] });
        expect(await succeeds(store.get("mandate", "mandate-0001"))).toEqual(before);
        expect(await succeeds(store.history("mandate", "mandate-0001"))).toHaveLength(1);
      }),
    );

    it("an import updates records that changed, as a new revision", testOptions, () =>
      withStore(async (store) => {
        const [original, changed] = versionsOf("body", "body-0000", 2);
        await succeeds(store.put("body", original!, { actor: "editor" }));
        const report = await succeeds(
          store.importRecords(
            entriesOf<ImportEntry>([
              { kind: "body", record: original },
              { kind: "body", record: changed },
            ]),
            { actor: "loader" },
          ),
        );
        expect(report).toMatchObject({ read: 2, written: 1, unchanged: 1 });
        const stored = await succeeds(store.get("body", original!.id));
        expect(stored).toMatchObject({ revision: 2, updatedBy: "loader" });
        expect(stored.record).toEqual(changed);
      }),
    );

    it("progress is reported as the import runs, and the final counts add up", testOptions, () =>
      withStore(async (store) => {
        const progress: ImportProgress[] = [];
        const entries = [...goodEntries("seed.jsonl"), ...badEntries("seed.jsonl", 6)];
        const report = await succeeds(
          store.importRecords(entriesOf(entries), {
            actor: "loader",
            skipInvalid: true,
            progressEvery: 2,
            onProgress: (counts) => progress.push(counts),
          }),
        );
        expect(progress.length).toBeGreaterThanOrEqual(3);
        const last = progress.at(-1)!;
        expect(last).toEqual({
          read: report.read,
          written: report.written,
          unchanged: report.unchanged,
          rejected: report.rejected,
        });
        expect(last.written + last.unchanged + last.rejected).toBe(last.read);
        expect(last.read).toBe(entries.length);
        for (const [index, counts] of progress.entries()) {
          const previous = progress[index - 1];
          if (previous === undefined) continue;
          for (const key of ["read", "written", "unchanged", "rejected"] as const)
            expect(counts[key]).toBeGreaterThanOrEqual(previous[key]);
        }
      }),
    );

    it("a source that fails while being read leaves the store as it was", testOptions, () =>
      withStore(async (store) => {
        async function* failing(): AsyncIterable<ImportEntry> {
          for (const entry of goodEntries("seed.jsonl").slice(0, 3)) yield await Promise.resolve(entry);
          throw new Error("the disk went away");
        }
        const error = await fails(store.importRecords(failing(), { actor: "loader" }));
        expect(error._tag).toBe("StoreFailure");
        expect(await storedCount(store)).toBe(0);
      }),
    );
  });
}
