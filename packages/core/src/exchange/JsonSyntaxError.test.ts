import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, invalidJsonWording } from "./JsonSyntaxError";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonSyntaxError", () => {
  it("a missing comma between two fields of a mandate is found where the second field starts", () => {
    const text = '{"id": "a-res-74-173" "bodyId": "ga"}';
    expect(findJsonSyntaxError(text)).toEqual({
      offset: 22,
      line: 1,
      column: 23,
      expected: "',' or '}' after a property value",
      expectedKey: "commaOr",
      mark: "'}'",
      found: "'\"'",
    });
  });

  it("lines and columns count from 1 inside a multi-line text", () => {
    const text = '{\n  "id": "ccpcj-30",\n  "number": 30,\n}';
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line: 4, column: 1, expected: "a property name in double quotes", found: "'}'" });
  });

  it("says what an unclosed string, a bad escape, a raw line break and a bad number need", () => {
    expect(findJsonSyntaxError('{"title": "讨论指南')).toMatchObject({
      expected: "'\"' to close the string",
      found: "the end of the input",
    });
    expect(findJsonSyntaxError('["E\\CN.15"]')?.expected).toMatch(/^an escape/);
    expect(findJsonSyntaxError('["line\nbreak"]')).toMatchObject({ line: 1, column: 7, found: '"\\n"' });
    expect(findJsonSyntaxError("[1.]")?.expected).toBe("a digit after the decimal point");
    expect(findJsonSyntaxError("[01]")?.expected).toBe("',' or ']' after an array element");
    expect(findJsonSyntaxError("[tru]")).toMatchObject({ column: 5, expected: "true" });
    expect(findJsonSyntaxError("{} {}")?.expected).toBe("the end of the input after the value");
  });

  it("accepts exactly what JSON.parse accepts, for valid JSON and for every one-character corruption of it", () => {
    const corrupted = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "\\", ":", "\n", "x", "-", "0", "é"))
      .map(([value, at, inserted]) => {
        const text = JSON.stringify(value, null, at % 3);
        const position = at % (text.length + 1);
        // Half replace a character, half insert one.
        return at % 2 === 0
          ? text.slice(0, position) + inserted + text.slice(position + 1)
          : text.slice(0, position) + inserted + text.slice(position);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), corrupted, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("words a problem with the file line when the text starts further down the file", () => {
    const text = '{\n  "id": "act-1",\n  "countries": ["BFA" "BLZ"]\n}';
    let failure: unknown;
    try {
      JSON.parse(text);
    } catch (error) {
      failure = error;
    }
    expect(invalidJsonWording(text, failure, { line: 40, column: 1 })).toMatchObject({
      reason: "is not valid JSON: found '\"' at line 42, column 23",
      expected: "',' or ']' after an array element",
    });
    expect(invalidJsonWording("[1,,2]", failure)).toMatchObject({
      reason: "is not valid JSON: found ',' at column 4",
      expected: expect.stringMatching(/^a value/),
    });
  });
});
