import { describe, expect, it } from "vitest";
import { checkCatalog } from "../message/MessageCatalog";
import { LANGUAGES } from "../text/Language";
import { RECORD_PROBLEM_SLOTS } from "./RecordProblemCatalog";
import { RECORD_PROBLEM_CATALOGS, formatRecordProblemIn } from "./RecordProblemText";
import { formatRecordProblem } from "./RecordProblems";
import { decodeRecord } from "../record/decodeRecord";

const LATIN_WORD = /\b(?:is|not|missing|expected|field|text|number|list|allowed|one of)\b/u;

/** A session with a field of each common fault: missing, wrong type, not whole, unknown field, not allowed. */
function faultySession() {
  const result = decodeRecord(
    "session",
    {
      id: "ccpcj-30",
      bodyId: "ccpcj",
      designation: "sitting",
      number: 1.5,
      schedule: { dates: { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } }, status: "scheduled" },
      scheduleHistory: "none",
      colour: "blue",
    },
    { file: "sessions.jsonl", line: 3 },
  );
  if (result.ok) throw new Error("expected the session to be refused");
  return result.error.problems;
}

describe("a record problem in the reader's language", () => {
  it.each(Object.values(RECORD_PROBLEM_CATALOGS))(
    "the $language wording covers every key and plural class",
    (catalog) => {
      expect(checkCatalog(RECORD_PROBLEM_SLOTS, catalog)).toEqual([]);
    },
  );

  it("English reads as the problem's own words", () => {
    for (const problem of faultySession())
      expect(formatRecordProblemIn(problem, "en")).toBe(formatRecordProblem(problem));
  });

  it.each(LANGUAGES.filter((language) => language !== "en"))(
    "in %s the file, line and field path stay as written and no English word is left",
    (language) => {
      const problems = faultySession();
      expect(problems.length).toBeGreaterThanOrEqual(4);
      for (const problem of problems) {
        expect(problem.wording).toBeDefined();
        const line = formatRecordProblemIn(problem, language);
        expect(line.startsWith("sessions.jsonl:3: ")).toBe(true);
        expect(line).toContain(problem.path.join("."));
        // Field names are the schema's own and stay as written; quoted values are the record's.
        const said = line.slice(line.indexOf(problem.path.join(".")) + problem.path.join(".").length);
        expect(said.replace(/"[^"]*"/gu, "")).not.toMatch(LATIN_WORD);
      }
    },
  );

  it("a wrong type names both types, and a value too long counts its characters", () => {
    const wrong = faultySession().find((problem) => problem.path.join(".") === "scheduleHistory");
    expect(wrong && formatRecordProblemIn(wrong, "ru")).toBe(
      'sessions.jsonl:3: scheduleHistory: "none" — это текст, а не список (ожидается: список)',
    );
    const long = {
      path: ["title", "en"],
      reason: "too long",
      wording: {
        reason: { key: "tooLong", value: '"abc…"', count: 5001 },
        expected: { key: "bound", relation: "atMost", limit: "5000", unit: "character" },
      },
    } as const;
    expect(formatRecordProblemIn(long, "ru")).toBe(
      'title.en: значение "abc…" слишком длинное (5\u00a0001 символ) (ожидается: не более 5\u00a0000 символов)',
    );
    expect(formatRecordProblemIn(long, "fr")).toBe(
      'title.en : "abc…" est trop long (5\u202f001 caractères) (attendu : au plus 5\u202f000 caractères)',
    );
  });

  it("a problem in a schema author's own words stays in English", () => {
    const own = { path: ["schedule"], reason: "ends before it starts" };
    expect(formatRecordProblemIn(own, "zh")).toBe("schedule: ends before it starts");
  });
});
