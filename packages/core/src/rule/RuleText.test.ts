import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { sampleRecord } from "../testing/contract/sampleRecords";
import { Activity } from "../activity/Activity";
import { Mandate } from "../mandate/Mandate";
import { Country } from "../geo/Country";
import { PartialDate } from "../time/PartialDate";
import { checkCatalog } from "../message/MessageCatalog";
import { problemsFromIssues } from "../store/RecordProblems";
import { formatRecordProblem } from "../store/RecordProblems";
import { formatRecordProblemIn } from "../store/RecordProblemText";
import type { RecordProblem } from "../store/StoreErrors";
import type { Language } from "../text/Language";
import { RULE_SLOTS } from "./RuleSlots";
import { breachOfParams, rule } from "./RuleBreach";
import { RULE_CATALOGS, formatRuleIn } from "./RuleText";

/** The problems a schema finds in a value, as an import reports them. */
function problemsOf(schema: z.ZodMiniType, value: unknown): RecordProblem[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error("expected the value to be refused");
  return problemsFromIssues(parsed.error.issues, { file: "records.jsonl", line: 7 });
}

/** Words of English that would show the rule was left untranslated. */
const ENGLISH_WORD = /\b(?:is|are|not|twice|listed|cannot|expected|must|needs|write|known|upper-case)\b/u;
/** What may stay in Latin letters in another script: field paths, codes, symbols, quoted values. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9._-]*/gu;

function latinWordsIn(text: string): string[] {
  return [...text.matchAll(LATIN_RUN)].map((match) => match[0]).filter((word) => ENGLISH_WORD.test(word));
}

describe("a schema's own rules in the reader's language", () => {
  it.each(Object.values(RULE_CATALOGS))("the $language wording has every rule, with its slots", (catalog) => {
    expect(checkCatalog(RULE_SLOTS, catalog)).toEqual([]);
  });

  it("every rule is raised by a schema, and every rule a schema raises is worded", () => {
    const root = join(__dirname, "..");
    const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.includes(".test.") && !file.startsWith("rule"))
      .map((file) => readFileSync(join(root, file), "utf8"))
      .join("\n");
    const raised = new Set([...sources.matchAll(/rule\("([a-zA-Z0-9.]+)"/gu)].map((match) => match[1]));
    const viaMessages = Object.keys(RULE_SLOTS).filter((key) => key.startsWith("format."));
    expect([...raised, ...viaMessages].sort()).toEqual(Object.keys(RULE_SLOTS).sort());
  });

  it("only params made by rule() are read as a breach: an app's lookalike params keep their English words", () => {
    const lookalike = { rule: "activity.topicTwice", values: {} };
    const ownCheck = (params: object) =>
      z.string().check(z.refine(() => false, { message: "is not what this app accepts", params }));
    const [made] = problemsOf(ownCheck(rule("activity.topicTwice", {})), "x");
    const [written] = problemsOf(ownCheck(lookalike), "x");
    expect(made?.wording?.reason).toEqual({ key: "rule", rule: "activity.topicTwice", values: {}, value: '"x"' });
    expect(written?.reason).toBe('"x" is not what this app accepts');
    expect(written?.wording).toBeUndefined();
    expect(breachOfParams(lookalike)).toBeUndefined();
  });

  it("a topic listed twice reads as a rule in Arabic, Chinese and Russian, not in English", () => {
    const activity = sampleRecord("activity", "act-1");
    const topic = "online-child-sexual-exploitation-and-abuse";
    const [problem] = problemsOf(Activity, { ...activity, topics: [topic, topic] });
    expect(problem?.reason).toBe("a topic is listed twice");
    expect(problem?.wording?.reason).toEqual({ key: "rule", rule: "activity.topicTwice", values: {} });
    const said = (language: Language) => (problem === undefined ? "" : formatRecordProblemIn(problem, language));
    expect(said("ar")).toBe("records.jsonl:7: topics: موضوع مذكور مرتين");
    expect(said("zh")).toBe("records.jsonl:7: topics：一个主题列出了两次");
    expect(said("ru")).toBe("records.jsonl:7: topics: тема указана дважды");
    expect(said("en")).toBe(problem === undefined ? "" : formatRecordProblem(problem));
  });

  it("a rule's values fill its wording: the mandate and the reporting obligation named twice", () => {
    const mandate = sampleRecord("mandate", "res-1");
    const obligation = {
      id: "report-75",
      reportTo: { bodyId: "ga", sessionNumber: 75 },
      status: "pending",
      deferrals: [],
      provenance: [],
    };
    const problems = problemsOf(Mandate, { ...mandate, reportingObligations: [obligation, obligation] });
    const twice = problems.find((problem) => problem.wording?.reason.key === "rule");
    expect(twice?.wording?.reason).toMatchObject({
      rule: "mandate.obligationIdTwice",
      values: { mandate: mandate.id, obligation: "report-75" },
    });
    const french = twice === undefined ? "" : formatRecordProblemIn(twice, "fr");
    expect(french).toContain(
      `${mandate.id} : l’identifiant d’obligation de rapport « report-75 » est utilisé deux fois`,
    );
  });

  it("a country code names what is wrong in every language: not upper-case, unknown, not three letters", () => {
    const [lower] = problemsOf(Country, "slv");
    const [unknown] = problemsOf(Country, "XKX");
    const [short] = problemsOf(Country, "SV");
    expect(lower?.reason).toBe('"slv" is not upper-case: write "SLV" (ISO 3166-1 alpha-3 codes are capitals)');
    expect(lower === undefined ? "" : formatRecordProblemIn(lower, "es")).toContain("escriba «SLV»");
    expect(unknown === undefined ? "" : formatRecordProblemIn(unknown, "zh")).toContain(
      "“XKX”不是联合国 M49 标准所列的 ISO 3166-1 alpha-3 代码",
    );
    expect(short === undefined ? "" : formatRecordProblemIn(short, "ar")).toContain("ثلاثة أحرف كبيرة");
  });

  it("a pattern's own message is found back as its rule, with the value shown before it", () => {
    const [problem] = problemsOf(PartialDate, "2020/05");
    expect(problem?.reason).toBe('"2020/05": expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(problem?.wording?.reason).toEqual({ key: "rule", rule: "format.date", values: {}, value: '"2020/05"' });
    expect(problem === undefined ? "" : formatRecordProblemIn(problem, "ru")).toBe(
      'records.jsonl:7: (record): "2020/05": ожидается дата в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
    );
  });

  it("no rule reads in English in Arabic, Chinese or Russian", () => {
    const values = { code: "XKX", upper: "XKX", alpha3: "SLV", body: "ccpcj", numbering: "by-year", prefix: "A" };
    for (const language of ["ar", "zh", "ru"] as const) {
      for (const key of Object.keys(RULE_SLOTS) as (keyof typeof RULE_SLOTS)[]) {
        const filled = Object.fromEntries(
          RULE_SLOTS[key].map((slot) => [slot, (values as Record<string, string>)[slot] ?? "7"]),
        );
        expect(latinWordsIn(formatRuleIn({ rule: key, values: filled }, language)), `${language} ${key}`).toEqual([]);
      }
    }
  });
});
