import { describe, expect, it } from "vitest";
import { seededRandom } from "../testing/synthetic/seededRandom";
import { syntheticActivity, syntheticCountries } from "../testing/synthetic/syntheticActivity";
import type { ImportEntry, ImportProgress } from "./ImportEntry";
import { checkImportEntry, ImportRun } from "./ImportRun";

const random = seededRandom(3);
const countries = syntheticCountries(3);
const file = "activities.jsonl";
const entries: ImportEntry[] = [
  { kind: "activity", record: syntheticActivity(random, 0, countries), file, line: 1 },
  { kind: "activity", record: { id: "act-bad", title: 7 }, file, line: 2 },
  {
    kind: "activity",
    record: undefined,
    file,
    line: 3,
    readProblem: { file, line: 3, path: [], reason: "is not JSON" },
  },
  { kind: "activity", record: syntheticActivity(random, 1, countries), file, line: 4 },
];

describe("checkImportEntry and ImportRun.acceptChecked", () => {
  it("count and report exactly what accept does, problems in input order", () => {
    const seen: { accept: ImportProgress[]; checked: ImportProgress[] } = { accept: [], checked: [] };
    const byAccept = new ImportRun({
      actor: "t",
      skipInvalid: true,
      progressEvery: 1,
      onProgress: (p) => seen.accept.push(p),
    });
    const byCheck = new ImportRun({
      actor: "t",
      skipInvalid: true,
      progressEvery: 1,
      onProgress: (p) => seen.checked.push(p),
    });
    const accepted = entries.map((entry) => byAccept.accept(entry)?.record);
    const checked = entries.map((entry) => {
      const result = checkImportEntry(entry);
      byCheck.acceptChecked(result.ok ? undefined : result.error);
      return result.ok ? result.value.record : undefined;
    });
    expect(checked).toEqual(accepted);
    expect(accepted.map((record) => record !== undefined)).toEqual([true, false, false, true]);
    expect(byCheck.finish()).toEqual(byAccept.finish());
    expect(seen.checked).toEqual(seen.accept);
    const lines = byAccept.finish().problems.map((problem) => problem.line);
    expect(lines.at(-1)).toBe(3);
    expect(new Set(lines.slice(0, -1))).toEqual(new Set([2]));
  });
});
