import { describe, expect, it } from "vitest";
import { formatPath, formatRecordProblem } from "../store/RecordProblems";
import { canonicalJson, recordsEqual } from "../store/recordsEqual";
import { decodeRecord } from "./decodeRecord";

/** The CCPCJ's 30th session (Vienna, 17–21 May 2021), as the 2021 report announces it. */
const ccpcj30 = {
  id: "ccpcj-30",
  bodyId: "ccpcj",
  designation: "session",
  number: 30,
  schedule: {
    dates: { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } },
    venue: { city: { en: "Vienna" } },
    status: "scheduled",
  },
  scheduleHistory: [],
};

function problemsOf(kind: Parameters<typeof decodeRecord>[0], record: unknown, where = {}) {
  const result = decodeRecord(kind, record, where);
  if (result.ok) throw new Error("expected the record to be refused");
  return result.error;
}

describe("validating a record", () => {
  it("a valid session comes back parsed", () => {
    const result = decodeRecord("session", ccpcj30);
    expect(result).toEqual({ ok: true, value: ccpcj30 });
  });

  it("lists every problem of a record, not just the first", () => {
    const { designation: _dropped, ...withoutDesignation } = ccpcj30;
    const error = problemsOf("session", { ...withoutDesignation, id: "CCPCJ 30", number: 1.5, colour: "blue" });
    expect(error).toMatchObject({ _tag: "InvalidRecord", kind: "session" });
    expect(error.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([["id"], ["designation"], ["number"], ["colour"]]),
    );
  });

  it("says what is wrong in plain words, quoting the value, and what was expected", () => {
    const error = problemsOf("session", {
      ...ccpcj30,
      id: "CCPCJ 30",
      designation: "plenary",
      number: 1.5,
      colour: "blue",
    });
    const byPath = new Map(error.problems.map((problem) => [formatPath(problem.path), problem]));
    expect(byPath.get("id")?.reason).toBe(`"CCPCJ 30": expected a lower-case id of letters, digits, '.' and '-'`);
    expect(byPath.get("designation")).toMatchObject({
      reason: `"plenary" is not an allowed value`,
      expected: expect.stringContaining(`one of "session", "meeting"`) as unknown,
    });
    expect(byPath.get("number")).toMatchObject({ reason: "1.5 is not a whole number", expected: "a whole number" });
    expect(byPath.get("colour")?.reason).toBe(`"colour" is not a field of this record`);
  });

  it("names the object an unknown field was found in", () => {
    const schedule = { ...ccpcj30.schedule, room: "Board Room" };
    const [problem] = problemsOf("session", { ...ccpcj30, schedule }).problems;
    expect(problem).toMatchObject({ path: ["schedule", "room"], reason: `"room" is not a field of schedule` });
  });

  it("says a required field is missing", () => {
    const { bodyId: _dropped, ...withoutBody } = ccpcj30;
    const [problem] = problemsOf("session", withoutBody).problems;
    expect(problem).toMatchObject({ path: ["bodyId"], reason: "is missing", expected: "text" });
  });

  it("keeps the schema author's words for a rule the schema states", () => {
    const { number: _dropped, ...unnumbered } = ccpcj30;
    const [problem] = problemsOf("session", unnumbered).problems;
    expect(problem).toMatchObject({ path: ["number"], reason: expect.stringContaining("needs its number") as unknown });
  });

  it("passes the file and line through to every problem", () => {
    const error = problemsOf("session", { ...ccpcj30, id: "X", colour: 1 }, { file: "sessions.jsonl", line: 12 });
    expect(error.problems.length).toBeGreaterThanOrEqual(2);
    for (const problem of error.problems) expect(problem).toMatchObject({ file: "sessions.jsonl", line: 12 });
    expect(formatRecordProblem(error.problems[0]!)).toMatch(/^sessions\.jsonl:12: /);
  });

  it("names the record and the number of problems in the message", () => {
    const error = problemsOf("session", { ...ccpcj30, designation: "plenary", colour: "blue" });
    expect(error.id).toBe("ccpcj-30");
    expect(error.message).toContain(`The session record "ccpcj-30" is not valid (2 problems)`);
    expect(error.message).toContain("designation:");
  });

  it("refuses a kind the store does not keep", () => {
    const error = problemsOf("meeting" as "session", ccpcj30);
    expect(error.kind).toBe("unknown");
    expect(error.problems[0]).toMatchObject({ path: [], expected: expect.stringContaining("mandate") as unknown });
  });

  it("refuses something that is not an object", () => {
    expect(problemsOf("session", "ccpcj-30").problems[0]).toMatchObject({
      path: [],
      reason: `"ccpcj-30" is text, not an object`,
    });
  });
});

// The 2021 report is known only up to its number: a partial symbol.
const REPORT_2021 = "E/CN.15/2021/…";

/** "More than 130 officials" trained on cryptocurrency investigations (2021 report ¶18). */
const officialsTrained = {
  id: "crypto-officials-trained",
  indicatorId: "practitioners-trained",
  value: { value: 130, qualifier: "atLeast", strict: true, unit: "person" },
  scope: { period: { start: "2020" }, countries: { named: [] }, regions: { m49: [], named: [] }, disaggregation: [] },
  activityIds: [],
  provenance: [{ source: "document", symbol: REPORT_2021, paragraphs: [18] }],
};

describe("validating a figure", () => {
  it("points at the very country code that is wrong", () => {
    const scope = { ...officialsTrained.scope, countries: { named: ["SLV", "GTM", "XYZ"] } };
    const [problem] = problemsOf("observation", { ...officialsTrained, scope }).problems;
    expect(formatPath(problem!.path)).toBe("scope.countries.named[2]");
    expect(problem!.reason).toMatch(/^"XYZ" is not /);
  });

  it("explains a value by the shape it nearly has, not by every shape it could have had", () => {
    const error = problemsOf("observation", { ...officialsTrained, value: { value: "130", qualifier: "roughly" } });
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: ["value", "value"],
        reason: `"130" is text, not a number`,
        expected: "a number",
      }),
      expect.objectContaining({ path: ["value", "qualifier"], reason: `"roughly" is not an allowed value` }),
    ]);
  });

  it("says how many items a list has when it has too few", () => {
    const [problem] = problemsOf("observation", { ...officialsTrained, provenance: [] }).problems;
    expect(problem).toMatchObject({
      path: ["provenance"],
      reason: "has 0 items, too few",
      expected: "at least 1 item",
    });
  });
});

describe("formatting a problem", () => {
  it("writes paths as a reader would", () => {
    expect(formatPath(["scope", "countries", "named", 2])).toBe("scope.countries.named[2]");
    expect(formatPath(["title", "zh"])).toBe("title.zh");
    expect(formatPath(["labels", "age-band"])).toBe(`labels["age-band"]`);
    expect(formatPath([])).toBe("(record)");
  });

  it("puts where, field, reason and expectation on one line", () => {
    expect(
      formatRecordProblem({
        file: "a.jsonl",
        line: 3,
        path: ["number"],
        reason: "1.5 is not a whole number",
        expected: "a whole number",
      }),
    ).toBe("a.jsonl:3: number: 1.5 is not a whole number (expected a whole number)");
    expect(formatRecordProblem({ path: ["id"], reason: "is missing" })).toBe("id: is missing");
  });
});

describe("comparing records", () => {
  it("ignores the order of keys at every depth", () => {
    expect(
      recordsEqual(
        { id: "ga", name: { en: "General Assembly", fr: "Assemblée générale" } },
        { name: { fr: "Assemblée générale", en: "General Assembly" }, id: "ga" },
      ),
    ).toBe(true);
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it("sees a changed value, a changed list order and an added field", () => {
    expect(recordsEqual({ id: "ga", ids: ["a", "b"] }, { id: "ga", ids: ["b", "a"] })).toBe(false);
    expect(recordsEqual({ id: "ga", n: 1 }, { id: "ga", n: 2 })).toBe(false);
    expect(recordsEqual({ id: "ga" }, { id: "ga", note: "x" })).toBe(false);
  });

  it("treats an absent field and an undefined one alike, as JSON does", () => {
    expect(recordsEqual({ id: "ga", note: undefined }, { id: "ga" })).toBe(true);
  });
});
