import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRecord } from "../record/decodeRecord";
import { firstForbiddenCharacter, forbiddenCharacters } from "./ForbiddenCharacters";

/** The CCPCJ's 30th session, with a city name to spoil. */
const session = (city: string) => ({
  id: "ccpcj-30",
  bodyId: "ccpcj",
  designation: "session",
  number: 30,
  schedule: {
    dates: { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } },
    venue: { city: { en: city } },
    status: "scheduled",
  },
  scheduleHistory: [],
});

describe("no stored text holds a control character, a noncharacter or a lone surrogate", () => {
  it("NUL in a city name is refused at validation with its field path and position (probe defect 4)", () => {
    const result = decodeRecord("session", session("Vien\u0000na"), { file: "sessions.jsonl", line: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual([
      expect.objectContaining({
        file: "sessions.jsonl",
        line: 3,
        path: ["schedule", "venue", "city", "en"],
        reason: "the text holds U+0000 (NUL) at character 4, which no stored text may hold",
      }),
    ]);
    expect(result.error.message).toContain("schedule.venue.city.en");
  });

  it("BEL, ESC, U+FFFE, U+FFFF and a lone surrogate are refused the same way (probe defects 3 and 10)", () => {
    for (const [text, character] of [
      ["a\u0007", "U+0007 (BEL)"],
      ["a\u001b[31m", "U+001B (ESC)"],
      ["a\ufffe", "U+FFFE (a noncharacter)"],
      ["a\uffff", "U+FFFF (a noncharacter)"],
      ["a\ud800b", "U+D800 (a lone surrogate, half of a character)"],
      ["a\udc00", "U+DC00 (a lone surrogate, half of a character)"],
    ] as const) {
      const result = decodeRecord("session", session(text));
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error.problems[0]?.reason).toContain(`holds ${character} at character 1`);
    }
  });

  it("tabs, line breaks, accents, Chinese and characters beyond the BMP are text like any other", () => {
    for (const city of ["Vienna\tAustria", "Vienna\r\nAustria", "Viên", "维也纳", "𠀀 Wien 😀"]) {
      expect(decodeRecord("session", session(city)).ok, city).toBe(true);
    }
  });

  it("finds the first forbidden character of any text, and nothing in text without one", () => {
    const allowed = fc.string({ unit: "grapheme" }).filter((text) =>
      [...text].every((character) => {
        const code = character.codePointAt(0) ?? 0;
        return (code >= 0x20 || [0x09, 0x0a, 0x0d].includes(code)) && code !== 0xfffe && code !== 0xffff;
      }),
    );
    fc.assert(
      fc.property(
        allowed,
        allowed,
        fc.constantFrom("\u0000", "\u0001", "\u001f", "\ufffe", "\ud83d", "\ude00"),
        (before, after, bad) => {
          expect(firstForbiddenCharacter(before + after)).toBeUndefined();
          expect(firstForbiddenCharacter(before + bad + "x" + after)?.offset).toBe(before.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names every field that holds one, each once", () => {
    expect(forbiddenCharacters({ title: { en: "a\u0000\u0000", fr: "ok" }, tags: ["x", "\u0007"] })).toEqual([
      { path: ["title", "en"], offset: 1, character: "U+0000 (NUL)" },
      { path: ["tags", 1], offset: 0, character: "U+0007 (BEL)" },
    ]);
  });

  it("a record's fields are refused exactly when one of its texts holds a forbidden character, whatever the text", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("\ud83d\ude00", "\ud83d", "\ude00", "\u0009", "\u000b", "\ufffe", "\uffff", "é"),
    );
    const text = fc.array(unit, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const record = { title: { en: texts[0] ?? "" }, tags: texts.slice(1) };
        const expected = texts.flatMap((one, index) =>
          firstForbiddenCharacter(one) === undefined ? [] : [index === 0 ? ["title", "en"] : ["tags", index - 1]],
        );
        expect(forbiddenCharacters(record).map((found) => found.path)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
