import { readFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { CLI_ROOT, lines, remit, remitJson } from "./RemitProcess";

interface Explanation {
  readonly input: string;
  readonly ok: boolean;
  readonly symbol?: string;
  readonly citation?: string;
  readonly parts?: { part: string; text: string }[];
  readonly error?: { kind: string; part: string; offset: number; reason: string; message: string };
}

describe("remit symbol", () => {
  it("explains a resolution symbol part by part, with its citation", async () => {
    const [explained] = await remitJson<Explanation[]>(["symbol", "A/RES/74/173"]);
    expect(explained).toMatchObject({
      ok: true,
      symbol: "A/RES/74/173",
      citation: "General Assembly resolution 74/173",
    });
    expect(explained?.parts?.map((part) => [part.part, part.text])).toEqual([
      ["organ", "A"],
      ["category", "RES"],
      ["session", "74"],
      ["document", "173"],
    ]);
  });

  it("reads a citation and says why a CCPCJ resolution has no symbol of its own", async () => {
    const [explained] = await remitJson<Explanation[]>(["symbol", "CCPCJ resolution 22/8"]);
    expect(explained).toMatchObject({
      ok: true,
      citation: "Commission on Crime Prevention and Criminal Justice resolution 22/8",
    });
    expect(explained?.symbol).toBeUndefined();
  });

  it("says exactly what is wrong with A/624/123 (the 2011 guide's misprint of A/64/123), exit 1", async () => {
    const run = await remit(["symbol", "A/624/123"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const [line, ...rest] = lines(run.stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^remit: "A\/624\/123" is not a valid document symbol: at character 2 \(session "624"\), the General Assembly has had no 624th session/,
    );
    expect(line).toContain("check the session number against the source");
  });

  it("explains the valid symbols and reports the invalid ones of one run, exit 1", async () => {
    const run = await remit(["symbol", "E/CN.15/2011/2", "A/624/123", "--json"]);
    expect(run.code).toBe(1);
    const explanations = JSON.parse(run.stdout) as Explanation[];
    expect(explanations.map((explanation) => explanation.ok)).toEqual([true, false]);
    expect(explanations[1]?.error).toMatchObject({ kind: "symbol", part: "session", offset: 2 });
  });

  it("explains and refuses in the --lang language, naming the organs as the UN does in it", async () => {
    const arabic = await remit(["symbol", "A/RES/74/173", "CCPR/C/CHN-HKG/CO/4", "--lang", "ar"]);
    expect(arabic.code).toBe(0);
    expect(arabic.stdout).toContain("قرار الجمعية العامة 74/173");
    expect(arabic.stdout).toContain("الدورة الرابعة والسبعون للجمعية العامة");
    expect(arabic.stdout).toContain("الجهاز");
    expect(arabic.stdout).toContain("هونغ كونغ، الصين");
    const chinese = await remit(["symbol", "A/RES/2200 A (XXI)", "--lang", "zh"]);
    expect(chinese.stdout).toContain("大会第二十一届会议通过");
    const russian = await remit(["symbol", "A/624/123", "--lang", "ru"]);
    expect(russian.code).toBe(1);
    const [line] = lines(russian.stderr);
    expect(line).toMatch(
      /^remit: «A\/624\/123» не является действительным условным обозначением документа: в позиции 2/,
    );
    expect(line).toContain("у Генеральной Ассамблеи не было 624-й сессии");
    // Apart from the symbol and the program's name, no Latin letter is left in the line.
    expect(line?.replace("remit:", "").replaceAll("A/624/123", "")).not.toMatch(/[A-Za-z]/);
  });
});

describe("usage, help and exit codes", () => {
  it("lines up a Chinese explanation by the columns its characters take on a terminal", async () => {
    const chinese = await remit(["symbol", "A/RES/2200 A (XXI)", "--lang", "zh"]);
    const rows = lines(chinese.stdout).slice(1);
    // Each meaning starts at one column, though "文件号" has a character more than "机构".
    const starts = rows.map((row) => stringWidth(row.slice(0, row.lastIndexOf("  ") + 2)));
    expect(rows.length).toBe(5);
    expect(new Set(starts).size).toBe(1);
  });

  it("prints the package's version", async () => {
    const version = (JSON.parse(readFileSync(join(CLI_ROOT, "package.json"), "utf8")) as { version: string }).version;
    const run = await remit(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`remit v${version}`);
  });

  it("documents every command, the exit codes and the environment in --help", async () => {
    const run = await remit(["--help"]);
    expect(run.code).toBe(0);
    for (const command of [
      "init",
      "seed",
      "import",
      "validate",
      "list",
      "show",
      "symbol",
      "due",
      "check",
      "lineage",
      "report",
      "export",
      "db",
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\s`, "m"));
    }
    expect(run.stdout).toContain("EXIT CODES");
    for (const code of ["0  ok", "1  invalid input", "2  usage error", "3  store or I/O error", "4  conflict"])
      expect(run.stdout).toContain(code);
    for (const variable of ["REMIT_DB", "REMIT_LANG"]) expect(run.stdout).toContain(variable);
  });

  it("an unknown command is a usage error (exit 2) with a suggestion, one line and where to look", async () => {
    const run = await remit(["lst", "activities"]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'remit: unknown command "lst" for remit (did you mean list?)',
      "remit: run 'remit --help' for usage",
    ]);
  });

  it("an unknown flag, a missing argument or a bad value is a usage error (exit 2)", async () => {
    const flag = await remit(["list", "activities", "--frm", "2020"]);
    expect(flag.code).toBe(2);
    expect(lines(flag.stderr)[0]).toBe("remit: unknown flag --frm for remit list (did you mean --from?)");
    expect((await remit(["list"])).code).toBe(2);
    expect((await remit(["due", "--body", "ccpcj", "--session", "thirty"])).code).toBe(2);
    expect((await remit(["db"])).code).toBe(2);
  });

  it("a language that is not one of the six, from --lang or REMIT_LANG, is a usage error", async () => {
    const flag = await remit(["symbol", "A/RES/74/173", "--lang", "de"]);
    expect(flag.code).toBe(2);
    expect(lines(flag.stderr)).toEqual([
      'remit: --lang "de" is not an official UN language; use one of ar, zh, en, fr, ru, es',
    ]);
    const env = await remit(["symbol", "A/RES/74/173"], { env: { REMIT_LANG: "pt" } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('REMIT_LANG "pt"');
  });

  it("a --limit that is not a page size (0, negative, above 1000) is a usage error, before any store is opened", async () => {
    for (const limit of ["0", "-5", "1001"]) {
      const run = await remit(["list", "activities", "--limit", limit, "--db", "/nonexistent/remit.db"]);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toEqual([
        `remit: --limit ${limit} is not a page size; give a whole number from 1 to 1000`,
      ]);
    }
  });

  it("--json and --jsonl together are a usage error", async () => {
    const run = await remit(["symbol", "A/RES/74/173", "--json", "--jsonl"]);
    expect(run.code).toBe(2);
  });
});
