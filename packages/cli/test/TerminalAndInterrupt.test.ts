import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticActivities } from "@remit/store-sql/testing";
import { sqliteBackend, type Backend } from "./Backends";
import { BINARY, remit } from "./RemitProcess";

const run = promisify(execFile);

/** Runs `remit` under `script`, which gives it a pseudo-terminal: what a person sees. */
async function onTerminal(args: readonly string[], cwd: string, columns = 120): Promise<string> {
  const command = [process.execPath, BINARY, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(" ");
  const { stdout } = await run("script", ["-qec", `stty cols ${columns}; ${command}`, "/dev/null"], {
    cwd,
    env: { ...process.env, LANG: "C", NO_COLOR: "1", REMIT_LANG: "en" },
  });
  return stdout;
}

describe("on a terminal, and when interrupted (SQLite)", () => {
  let backend: Backend;
  let big: string;

  beforeAll(async () => {
    backend = sqliteBackend();
    big = join(backend.dir, "big.jsonl");
    await writeSyntheticActivities(big, 40_000, 11);
    expect((await remit(["init", "--db", backend.db])).code).toBe(0);
    expect((await remit(["seed", "--db", backend.db])).code).toBe(0);
  });
  afterAll(() => backend.cleanup());

  it("draws a progress bar with counts and rate while importing, then prints the summary", async () => {
    const screen = await onTerminal(["import", big, "--db", backend.db], backend.dir);
    expect(screen).toMatch(/importing .*big\.jsonl {2}[█░]+ +\d+% {2}[\d,]+ records {2}[\d,]+\/s {2}\d+:\d\d/);
    expect(screen).toContain("\r\x1b[2K");
    expect(screen).toMatch(/Imported .*big\.jsonl: [\d,]+ records read, [\d,]+ written/);
  });

  it("draws nothing with --quiet", async () => {
    const screen = await onTerminal(["validate", big, "--quiet"], backend.dir);
    expect(screen).not.toContain("\x1b[2K");
  });

  it("prints a table with headings in the language asked for", async () => {
    const screen = await onTerminal(
      ["list", "sessions", "--body", "ccpcj", "--lang", "fr", "--db", backend.db],
      backend.dir,
    );
    const [heading, rule] = screen.split(/\r?\n/);
    expect(heading).toMatch(/^ID +ORGANE +N° +DATES/);
    expect(rule).toMatch(/^─+ {2}─+/);
    expect(screen).toContain("ccpcj-30");
  });

  it("heads a decision 18/1 check with its counts, and cites each provision, in the language asked for", async () => {
    const screen = await onTerminal(["check", "ccpcj-20", "--lang", "zh", "--db", backend.db], backend.dir, 200);
    expect(screen).toMatch(
      /^ccpcj-20-thematic-discussion（届会 ccpcj-20），预防犯罪和刑事司法委员会第18\/1号决定：符合 \d+ 项，违反 \d+ 项，未知 \d+ 项/u,
    );
    expect(screen).toContain("第18/1号决定(a)段");
    expect(screen).not.toMatch(/decision 18\/1|violated|unknown/u);
  });

  it("shares the line between the columns of the activities, so titles read at 120 columns and all fits in 80", async () => {
    for (const columns of [120, 80]) {
      // The heading, the rule and ten rows; the note on the next page after them is prose the terminal wraps.
      const lines = (
        await onTerminal(["list", "activities", "--limit", "10", "--db", backend.db], backend.dir, columns)
      )
        .split(/\r?\n/)
        .slice(0, 12);
      const [heading, rule] = lines;
      expect(heading).toMatch(/^ID +KIND +PERIOD +COUNTRIES +TITLE$/);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
      const ruleWidths = (rule ?? "").split("  ").map((part) => part.length);
      expect(ruleWidths.reduce((sum, width) => sum + width, 0) + 2 * (ruleWidths.length - 1)).toBe(columns);
      const [id = 0, , , , title = 0] = ruleWidths;
      if (columns === 120) expect(title).toBeGreaterThanOrEqual(columns / 3 - 1);
      expect(id).toBeLessThan(title + 1);
    }
  });

  it("an interrupted export leaves the previous file whole and no temporary file", async () => {
    const target = join(backend.dir, "everything.jsonl");
    writeFileSync(target, "the previous export\n");
    const interrupted = await remit(["export", "jsonl", "-o", target, "--db", backend.db], {
      onStart: (child) => {
        const poll = setInterval(() => {
          if (readdirSync(backend.dir).some((name) => name.startsWith(".everything.jsonl.") && name.endsWith(".tmp"))) {
            clearInterval(poll);
            child.kill("SIGINT");
          }
        }, 5);
        child.on("close", () => clearInterval(poll));
      },
    });
    expect(interrupted.code === 130 || interrupted.signal === "SIGINT").toBe(true);
    expect(readFileSync(target, "utf8")).toBe("the previous export\n");
    expect(readdirSync(backend.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });
});
