import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticActivities } from "@remit/store-sql/testing";
import { BACKENDS, type Backend } from "./Backends";
import { lines, remit, remitJson } from "./RemitProcess";

interface StatusOutput {
  readonly records: Readonly<Record<string, number>>;
}
interface ValidateOutput {
  readonly valid: boolean;
  readonly read: number;
  readonly invalid: number;
  readonly problems: readonly { file: string; line: number; path: (string | number)[]; reason: string }[];
}

/** Synthetic records (envelopes) with three bad lines put in: a bad activity, broken JSON, an unknown kind. */
function writeBadFile(dir: string, good: readonly string[]): { path: string; badLines: number[] } {
  const badActivity = JSON.stringify({ kind: "activity", record: { id: "Bad Id", kind: "nope", title: {} } });
  const file = [
    ...good.slice(0, 10),
    badActivity,
    ...good.slice(10, 20),
    "{not json",
    ...good.slice(20, 30),
    JSON.stringify({ kind: "widget", record: {} }),
  ];
  const path = join(dir, "bad.jsonl");
  writeFileSync(path, `${file.join("\n")}\n`);
  return { path, badLines: [11, 22, 33] };
}

describe.each(BACKENDS)("importing and validating files on $name", ({ make }) => {
  let backend: Backend;
  let good: string[];
  let bad: { path: string; badLines: number[] };
  const status = () => remitJson<StatusOutput>(["db", "status", "--db", backend.db]);

  beforeAll(async () => {
    backend = make();
    expect((await remit(["init", "--db", backend.db])).code).toBe(0);
    const synthetic = join(backend.dir, "synthetic.jsonl");
    await writeSyntheticActivities(synthetic, 60, 7);
    good = lines(readFileSync(synthetic, "utf8"));
    bad = writeBadFile(backend.dir, good);
  });
  afterAll(() => backend.cleanup());

  it("validate lists every problem with file:line: field, writes nothing and exits 1", async () => {
    const run = await remit(["validate", bad.path], { cwd: backend.dir });
    expect(run.code).toBe(1);
    const problems = lines(run.stderr);
    const located = problems.filter((line) => line.startsWith(`${bad.path}:`));
    expect(new Set(located.map((line) => Number(line.split(":")[1])))).toEqual(new Set(bad.badLines));
    expect(located).toContain(`${bad.path}:11: id: "Bad Id": expected a lower-case id of letters, digits, '.' and '-'`);
    expect(located.some((line) => line.startsWith(`${bad.path}:11: kind: "nope" is not an allowed value`))).toBe(true);
    expect(located.some((line) => line.startsWith(`${bad.path}:22: (record): is not valid JSON`))).toBe(true);
    expect(located.some((line) => line.startsWith(`${bad.path}:33: kind: "widget" is not a kind of record`))).toBe(
      true,
    );
    expect(problems.at(-1)).toMatch(/^remit: 3 of \d+ records are invalid/);
  });

  it("validate --json gives each problem's file, line and field path", async () => {
    const run = await remit(["validate", bad.path, "--json"]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as ValidateOutput;
    expect(output).toMatchObject({ valid: false, invalid: 3, read: good.slice(0, 30).length + 3 });
    expect(output.problems[0]).toMatchObject({ file: bad.path, line: 11, path: ["id"] });
  });

  it("import of a file with invalid records lists every problem and writes nothing (exit 1)", async () => {
    const before = await status();
    const run = await remit(["import", bad.path, "--db", backend.db]);
    expect(run.code).toBe(1);
    const problems = lines(run.stderr);
    expect(
      new Set(problems.filter((line) => line.startsWith(bad.path)).map((line) => Number(line.split(":")[1]))),
    ).toEqual(new Set(bad.badLines));
    expect(problems.at(-1)).toMatch(
      /^remit: nothing was imported: \d+ problems in the 33 records read; fix them, or re-run with --skip-invalid/,
    );
    expect(await status()).toEqual(before);
  });

  it("import --skip-invalid writes the valid records and still lists the invalid ones", async () => {
    const run = await remit(["import", bad.path, "--skip-invalid", "--json", "--db", backend.db]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { read: number; written: number; rejected: number };
    expect(report).toMatchObject({ read: 33, written: 30, rejected: 3 });
    expect(lines(run.stderr).filter((line) => line.startsWith(bad.path)).length).toBeGreaterThanOrEqual(3);
  });

  it("imports a valid file, and importing it again changes nothing; no progress bar on a pipe", async () => {
    const file = join(backend.dir, "synthetic.jsonl");
    expect(await remitJson<{ rejected: number }>(["validate", file])).toMatchObject({ valid: true, invalid: 0 });
    const first = await remit(["import", file, "--db", backend.db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Imported .*synthetic\.jsonl: \d+ records read/);
    expect(first.stderr).toBe("");
    const again = await remitJson<{ written: number; unchanged: number; read: number }>([
      "import",
      file,
      "--db",
      backend.db,
    ]);
    expect(again.written).toBe(0);
    expect(again.unchanged).toBe(again.read);
  });

  it("a file that is not there is an I/O error (exit 3) naming it", async () => {
    const run = await remit(["import", join(backend.dir, "missing.csv"), "--db", backend.db]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([
      `remit: cannot read ${join(backend.dir, "missing.csv")}: there is no such file; check the path`,
    ]);
  });

  it("an --entity that is no kind of record is a usage error", async () => {
    const run = await remit(["import", bad.path, "--entity", "widgets", "--db", backend.db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--entity "widgets" is not a kind of record');
  });
});
