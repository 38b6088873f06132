import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../store/ImportEntry";
import { textChunks } from "./ByteChunks";
import { readJsonDocument } from "./JsonDocument";
import type { ReadOptions } from "./RecordEnvelope";

async function read(text: string, options: ReadOptions = {}, cuts: readonly number[] = []): Promise<ImportEntry[]> {
  const all: ImportEntry[] = [];
  for await (const entry of readJsonDocument(textChunks(text, cuts), options)) all.push(entry);
  return all;
}

function problems(entries: readonly ImportEntry[]): [number | undefined, string, string | undefined][] {
  return entries.flatMap((entry) =>
    entry.readProblem === undefined ? [] : [[entry.line, entry.readProblem.reason, entry.readProblem.expected]],
  );
}

const file = "remit.json";

describe("readJsonDocument", () => {
  it("reads a top-level array of records, each with the line its element starts on", async () => {
    const text = '[\n  {\n    "id": "ccpcj-20",\n    "number": 20\n  },\n  {"id": "ccpcj-30", "number": 30}\n]\n';
    expect(await read(text, { kind: "session", file })).toEqual([
      { kind: "session", record: { id: "ccpcj-20", number: 20 }, file, line: 2 },
      { kind: "session", record: { id: "ccpcj-30", number: 30 }, file, line: 6 },
    ]);
  });

  it("reads the dataset layout, an object of arrays keyed by kind, and skips $schema", async () => {
    const text = [
      "{",
      '  "$schema": "https://example.org/remit.schema.json",',
      '  "body": [{"id": "ccpcj"}, {"id": "ga"}],',
      '  "mandate": [',
      '    {"id": "a-res-74-173", "title": {"zh": "促进技术援助", "ar": "تعزيز المساعدة التقنية"}}',
      "  ],",
      '  "observation": []',
      "}",
    ].join("\n");
    const entries = await read(text, { file });
    expect(entries.map((entry) => [entry.kind, entry.line, (entry.record as { id: string }).id])).toEqual([
      ["body", 3, "ccpcj"],
      ["body", 3, "ga"],
      ["mandate", 5, "a-res-74-173"],
    ]);
  });

  it("an unknown key is one problem at its line and its records are skipped", async () => {
    const text =
      '{\n  "resolutions": [{"id": "x"}, {"id": "y"}],\n  "body": [{"id": "ga"}],\n  "session": {"id": "ccpcj-30"}\n}';
    const entries = await read(text, { file });
    expect(problems(entries)).toEqual([
      [
        2,
        '"resolutions" is not a kind of record; its array is skipped',
        expect.stringMatching(/^one of body, session/),
      ],
      [4, '"session" does not hold an array of records', "an array of session records"],
    ]);
    expect(entries.filter((entry) => entry.readProblem === undefined).map((entry) => entry.record)).toEqual([
      { id: "ga" },
    ]);
  });

  it("an element that is not JSON is reported at the line and column where it breaks, and the next is read", async () => {
    const text =
      '[\n  {"id": "act-1"},\n  {\n    "id": "act-2",\n    "countries": ["BFA" "BLZ"]\n  },\n  {"id": "act-3"}\n]';
    const entries = await read(text, { kind: "activity", file });
    expect(entries.map((entry) => entry.line)).toEqual([2, 3, 7]);
    expect(entries[1]?.readProblem).toMatchObject({
      file,
      line: 3,
      path: [],
      reason: "is not valid JSON: found '\"' at line 5, column 25",
      expected: "',' or ']' after an array element",
    });
    expect(entries[2]?.record).toEqual({ id: "act-3" });
  });

  it("in a compact one-line array the column is counted from the start of the file's line, in characters", async () => {
    const entries = await read('[{"id": "ga"}, {"id": "网络" "x": 1}]', { kind: "body" });
    expect(entries[1]?.readProblem).toMatchObject({
      line: 1,
      reason: "is not valid JSON: found '\"' at line 1, column 28",
    });
  });

  it("brackets, quotes and escapes inside strings do not end an element", async () => {
    const record = { id: "act-1", note: 'a "quoted" ] } [ { and a \\ and\nnewline', title: { zh: "“儿童”]" } };
    const entries = await read(`[${JSON.stringify(record)}, "E/CN.15/2011/2", 42, true, null]`, { kind: "activity" });
    expect(entries.map((entry) => entry.record)).toEqual([record, "E/CN.15/2011/2", 42, true, null]);
  });

  it("a missing comma between records is reported and both records are read", async () => {
    const entries = await read('[\n{"id": "ga"}\n{"id": "ecosoc"}\n]', { kind: "body" });
    expect(problems(entries)).toEqual([[3, "found '{' after an element", "',' or ']'"]]);
    expect(entries.filter((entry) => entry.readProblem === undefined).map((entry) => entry.line)).toEqual([2, 3]);
  });

  it("says what was expected when the layout itself is wrong", async () => {
    expect(problems(await read("", { kind: "body" }))).toEqual([
      [1, "the document is empty", "a JSON array of records, or an object of arrays keyed by kind"],
    ]);
    expect(problems(await read('\n"ga"', { kind: "body" }))).toEqual([
      [2, "found '\"' at the start of the document", "'[' (an array of records) or '{' (arrays keyed by kind)"],
    ]);
    expect(problems(await read('[{"id": "ga"},\n]', { kind: "body" }))).toEqual([
      [2, "found ']' after ','", "another element (JSON allows no trailing comma)"],
    ]);
    expect(problems(await read('[{"id": "ga"}]\n]', { kind: "body" }))).toEqual([
      [2, "found ']' after the end of the document", "nothing after the closing bracket"],
    ]);
    expect(problems(await read('[{"id": "ga"},\n{"id": "ecosoc"}', { kind: "body" }))).toEqual([
      [2, "the input ends inside the array opened at line 1", "']'"],
    ]);
    expect(problems(await read('{"body": [{"id": "ga"}', {}))).toEqual([
      [1, 'the input ends inside the array of "body"', "']'"],
    ]);
  });

  it("an element left open at the end of the input is reported at the line it starts on", async () => {
    const entries = await read('[\n{"id": "ga"},\n{"id": "ecosoc",\n "name": {"en": "ECOSOC"}\n', { kind: "body" });
    expect(problems(entries)).toEqual([
      [3, "the element starting at line 3 is not closed before the end of the input", "its closing '}' or ']'"],
    ]);
  });

  it("a UTF-8 byte order mark before the document is dropped", async () => {
    const entries = await read('\uFEFF[{"id": "unodc"}]', { kind: "body" }, [1, 2]);
    expect(entries).toEqual([{ kind: "body", record: { id: "unodc" }, line: 1 }]);
  });

  it("reads any array of records exactly as JSON.parse does, at the lines they start, wherever the chunks are cut", async () => {
    const record = fc
      .dictionary(fc.string(), fc.jsonValue())
      .filter((value) => !("kind" in value && "record" in value));
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 6 }),
        fc.constantFrom(0, 1, 2),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (records, indent, cuts) => {
          const text = JSON.stringify(records, null, indent);
          const length = new TextEncoder().encode(text).length;
          const entries = await read(
            text,
            { kind: "activity" },
            cuts.map((at) => at % (length + 1)),
          );
          expect(entries.map((entry) => entry.record)).toEqual(JSON.parse(text));
          // Each element starts on the line after the previous one ends (one line when not indented).
          const lines: number[] = [];
          let line = indent === 0 ? 1 : 2;
          for (const each of records) {
            lines.push(line);
            if (indent > 0) line += JSON.stringify(each, null, indent).split("\n").length;
          }
          expect(entries.map((entry) => entry.line)).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same entries and problems wherever the chunks are cut, even in broken documents", async () => {
    const piece = fc.constantFrom(
      '{"id": "ga"}',
      '{"id": "网络"}',
      ",",
      "\n",
      "]",
      "[",
      "{",
      "}",
      '"',
      "\\",
      ":",
      "x",
      '"body"',
      " ",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 16 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (pieces, cuts) => {
          const text = pieces.join("");
          const length = new TextEncoder().encode(text).length;
          const whole = await read(text, { kind: "body", file });
          expect(
            await read(
              text,
              { kind: "body", file },
              cuts.map((at) => at % (length + 1)),
            ),
          ).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });
});
