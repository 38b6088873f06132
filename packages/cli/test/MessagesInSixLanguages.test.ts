import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { remit } from "./RemitProcess";

const folder = mkdtempSync(join(tmpdir(), "remit-messages-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Letters of the script each language writes its messages in.
const SCRIPT = {
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
} as const;

describe("remit speaks the reader's language", () => {
  it("the help page's headings, texts and exit codes follow --lang", async () => {
    const english = await remit(["--help"]);
    const french = await remit(["--help", "--lang", "fr"]);
    expect(english.stdout).toContain("EXIT CODES");
    expect(french.code).toBe(0);
    expect(french.stdout).not.toContain("EXIT CODES");
    expect(french.stdout).not.toContain("Show help information");
    // Commands and flags are what the reader types: they stay as they are.
    expect(french.stdout).toContain("--db");
  });

  it.each(Object.entries(SCRIPT))("a command-line error in %s is written in its script", async (language, script) => {
    const run = await remit(["list", "--frm", "2020", "--lang", language]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(script);
    expect(run.stderr).toContain("--frm");
    expect(run.stderr).not.toContain("unknown flag");
  });

  it.each(Object.entries(SCRIPT))("an argument a command does not take is refused in %s", async (language, script) => {
    const run = await remit(["show", "activity", "act-x", "--lang", language]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(script);
    expect(run.stderr).toContain('"act-x"');
    expect(run.stderr).not.toContain("Unexpected positional");
  });

  it("a filter value the schema refuses says why in the reader's language, naming its flag", async () => {
    const db = join(folder, "filtered.db");
    expect((await remit(["init", "--db", db])).code).toBe(0);
    const english = await remit(["list", "activities", "--country", "XKX", "--db", db]);
    const chinese = await remit(["list", "activities", "--country", "XKX", "--db", db, "--lang", "zh"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('remit: --country: "XKX" is not an ISO 3166-1 alpha-3 code known to UN M49');
    expect(chinese.code).toBe(2);
    expect(chinese.stderr).toContain("--country：“XKX”不是联合国 M49 标准所列的 ISO 3166-1 alpha-3 代码");
    expect(chinese.stderr).not.toContain("is not");
  });

  it("REMIT_LANG chooses the language of a failure when --lang is not given", async () => {
    const run = await remit(["list", "activities", "--db", join(folder, "missing.db")], { env: { REMIT_LANG: "ru" } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(SCRIPT.ru);
    expect(run.stderr).toContain("missing.db");
  });

  it("an action says what it did in the reader's language, and --json stays the same in every language", async () => {
    const db = join(folder, "created.db");
    const chinese = await remit(["init", "--db", db, "--lang", "zh"]);
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toMatch(SCRIPT.zh);
    expect(chinese.stdout).toContain(db);
    const status = await Promise.all(
      (["en", "ar"] as const).map((language) => remit(["db", "status", "--db", db, "--json", "--lang", language])),
    );
    expect(status[1]?.stdout).toBe(status[0]?.stdout);
  });

  it("check languages frames its table in the reader's language: headings, yes or no, and how many texts", async () => {
    const db = join(folder, "languages.db");
    expect((await remit(["init", "--db", db])).code).toBe(0);
    expect((await remit(["seed", "--db", db])).code).toBe(0);
    const chinese = await remit(["check", "languages", "--db", db, "--lang", "zh"]);
    const arabic = await remit(["check", "languages", "--db", db, "--lang", "ar"]);
    expect(chinese.stdout).toMatch(/^zh\t有\t(\d+)\/\1\t$/mu);
    expect(arabic.stdout).toMatch(/^ar\tنعم\t(\d+) من \1\t$/mu);
    for (const run of [chinese, arabic]) expect(run.stdout).not.toMatch(/\b(?:yes|no|of|texts|records)\b/u);
  });

  it("list writes dates as the reader's language writes them, and --json keeps the records' ISO dates", async () => {
    const db = join(folder, "dates.db");
    expect((await remit(["init", "--db", db])).code).toBe(0);
    expect((await remit(["seed", "--db", db])).code).toBe(0);
    const chinese = await remit(["list", "sessions", "--db", db, "--lang", "zh"]);
    const arabic = await remit(["list", "instruments", "--db", db, "--lang", "ar"]);
    expect(chinese.stdout).toMatch(/^ccpcj-20\tccpcj\t20\t2011年4月11日至2011年4月15日\t/mu);
    expect(arabic.stdout).toMatch(/^crc\t[^\t]*\t2 أيلول\/سبتمبر 1990\t/mu);
    for (const run of [chinese, arabic]) expect(run.stdout).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/u);
    const json = await remit(["list", "sessions", "--db", db, "--json", "--lang", "zh"]);
    expect(json.stdout).toContain('"start": "2011-04-11"');
  });

  it("show heads a record and its history in the reader's language, times included; English keeps ISO", async () => {
    const db = join(folder, "show.db");
    expect((await remit(["init", "--db", db])).code).toBe(0);
    expect((await remit(["seed", "--db", db])).code).toBe(0);
    const chinese = await remit(["show", "ccpcj-30", "--db", db, "--lang", "zh"]);
    const arabic = await remit(["show", "ccpcj-30", "--db", db, "--lang", "ar"]);
    const english = await remit(["show", "ccpcj-30", "--db", db]);
    expect(chinese.stdout).toMatch(
      /^session ccpcj-30 · 修订号 1 · 创建于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} UTC · 由 remit seed 更新于 /u,
    );
    expect(chinese.stdout).toMatch(/^历史记录：\n {2}1\t创建\tremit seed\t\d{4}年/mu);
    expect(arabic.stdout).toMatch(/^السجل:\n {2}1\tإنشاء\tremit seed\t/mu);
    for (const run of [chinese, arabic]) expect(run.stdout).not.toMatch(/revision|created|history|T\d{2}:\d{2}/u);
    expect(english.stdout).toMatch(/^session ccpcj-30 · revision 1 · created \d{4}-\d{2}-\d{2}T/u);
  });

  it("db status names the kinds of record in the reader's language, and --json keeps their codes", async () => {
    const db = join(folder, "kinds.db");
    expect((await remit(["init", "--db", db])).code).toBe(0);
    expect((await remit(["seed", "--db", db])).code).toBe(0);
    const chinese = await remit(["db", "status", "--db", db, "--lang", "zh"]);
    const arabic = await remit(["db", "status", "--db", db, "--lang", "ar"]);
    expect(chinese.stdout).toMatch(/^ {2}专题讨论 +1$/mu);
    expect(arabic.stdout).toMatch(/^ {2}الأنشطة +30$/mu);
    for (const run of [chinese, arabic]) expect(run.stdout).not.toMatch(/thematicDiscussion|activity/u);
    const json = await remit(["db", "status", "--db", db, "--json", "--lang", "zh"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ records: { thematicDiscussion: 1, activity: 30 } });
  });
});
