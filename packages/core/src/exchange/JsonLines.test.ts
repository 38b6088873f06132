import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../store/ImportEntry";
import { textChunks, type ByteChunks } from "./ByteChunks";
import { jsonLinesSource, readJsonLines } from "./JsonLines";

async function collect(entries: AsyncIterable<ImportEntry>): Promise<ImportEntry[]> {
  const all: ImportEntry[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

async function* bytes(...chunks: number[][]): ByteChunks {
  for (const chunk of chunks) yield new Uint8Array(chunk);
}

const file = "activities.jsonl";

describe("readJsonLines", () => {
  it("reads bare activity records with their 1-based lines, skipping blank lines and CRLF", async () => {
    const text = '{"id":"act-1"}\r\n\r\n  \n{"id":"act-2","title":{"zh":"网络犯罪","ar":"الجريمة السيبرانية"}}\n';
    const entries = await collect(readJsonLines(textChunks(text), { kind: "activity", file }));
    expect(entries).toEqual([
      { kind: "activity", record: { id: "act-1" }, file, line: 1 },
      { kind: "activity", record: { id: "act-2", title: { zh: "网络犯罪", ar: "الجريمة السيبرانية" } }, file, line: 4 },
    ]);
  });

  it("reads a last line that has no line break", async () => {
    const entries = await collect(readJsonLines(textChunks('{"id":"ga"}\n{"id":"ecosoc"}'), { kind: "body" }));
    expect(entries.map((entry) => [entry.line, entry.record])).toEqual([
      [1, { id: "ga" }],
      [2, { id: "ecosoc" }],
    ]);
  });

  it("an envelope names its own kind, so one file can hold mandates and sessions", async () => {
    const text = [
      '{"kind":"mandate","record":{"id":"a-res-74-173"}}',
      '{"kind":"session","record":{"id":"ccpcj-30"}}',
      '{"id":"act-1","kind":"training"}',
    ].join("\n");
    const entries = await collect(readJsonLines(textChunks(text), { kind: "activity" }));
    expect(entries.map((entry) => [entry.kind, entry.record])).toEqual([
      ["mandate", { id: "a-res-74-173" }],
      ["session", { id: "ccpcj-30" }],
      // An activity's own `kind` field does not make it an envelope.
      ["activity", { id: "act-1", kind: "training" }],
    ]);
  });

  it("an envelope of an unknown kind is a problem at its line", async () => {
    const [entry] = await collect(readJsonLines(textChunks('{"kind":"resolution","record":{}}'), { file }));
    expect(entry?.readProblem).toEqual({
      file,
      line: 1,
      path: ["kind"],
      reason: '"resolution" is not a kind of record',
      expected: expect.stringContaining("activity, indicator, observation") as string,
    });
  });

  it("a bare record with no kind chosen is a problem that says how to fix it", async () => {
    const [entry] = await collect(readJsonLines(textChunks('{"id":"act-1"}'), { file }));
    expect(entry?.readProblem?.reason).toMatch(/wrap it as \{"kind": …, "record": …\} or choose the kind/);
  });

  it("a line that is not JSON is reported with file, line and column, and the next lines are still read", async () => {
    const text = '{"id":"act-1"}\n{"id":"act-2" "kind":"webinar"}\n{"id":"act-3"}\n';
    const entries = await collect(readJsonLines(textChunks(text), { kind: "activity", file }));
    expect(entries).toHaveLength(3);
    expect(entries[1]).toMatchObject({
      kind: "activity",
      record: undefined,
      file,
      line: 2,
      readProblem: {
        file,
        line: 2,
        path: [],
        reason: "is not valid JSON: found '\"' at column 15",
        expected: "',' or '}' after a property value",
      },
    });
    expect(entries[2]).toMatchObject({ line: 3, record: { id: "act-3" } });
  });

  it("a line that is not UTF-8 is reported and the file is read on", async () => {
    const entries = await collect(
      readJsonLines(bytes([0x22, 0xff, 0x22, 0x0a], [...new TextEncoder().encode('"ok"')]), { kind: "body" }),
    );
    expect(entries[0]?.readProblem?.reason).toBe(
      "the line is not valid UTF-8 text; save the file with the UTF-8 encoding",
    );
    expect(entries[1]).toMatchObject({ line: 2, record: "ok" });
  });

  it("a UTF-8 byte order mark is dropped even when it arrives one byte at a time", async () => {
    const record = [...new TextEncoder().encode('{"id":"ccpcj"}')];
    const entries = await collect(readJsonLines(bytes([0xef], [0xbb], [0xbf, ...record]), { kind: "body" }));
    expect(entries).toEqual([{ kind: "body", record: { id: "ccpcj" }, line: 1 }]);
  });

  it("streams: the first record is yielded before the rest of an endless input is read", async () => {
    let pulled = 0;
    async function* endless(): ByteChunks {
      for (;;) {
        pulled += 1;
        yield new TextEncoder().encode('{"id":"act-x","title":{"zh":"网络犯罪"}}\n'.repeat(100));
      }
    }
    const reader = readJsonLines(endless(), { kind: "activity" });
    for (let index = 0; index < 250; index += 1) await reader.next();
    await reader.return(undefined);
    expect(pulled).toBe(3);
  });

  it("gives the same entries wherever the chunk boundaries fall", async () => {
    const line = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.constantFrom("", "  ", "{broken", '{"title":{"zh":"儿童","ar":"الأطفال"}}', "[1,,2]"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (lines, crlf, cuts) => {
          const text = lines.join(crlf ? "\r\n" : "\n");
          const length = new TextEncoder().encode(text).length;
          const whole = await collect(readJsonLines(textChunks(text), { kind: "activity", file }));
          const cut = await collect(
            readJsonLines(
              textChunks(
                text,
                cuts.map((at) => at % (length + 1)),
              ),
              { kind: "activity", file },
            ),
          );
          expect(cut).toEqual(whole);
          expect(whole.map((entry) => entry.line)).toEqual(
            lines.flatMap((content, index) => (content.trim() === "" ? [] : [index + 1])),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("jsonLinesSource", () => {
  it("gives the bytes and options behind entries nobody has read, and nothing once they are read", async () => {
    const chunks = textChunks('{"id":"act-1"}\n');
    const entries = readJsonLines(chunks, { kind: "activity", file });
    expect(jsonLinesSource(entries)).toEqual({ chunks, options: { kind: "activity", file } });
    await entries.next();
    expect(jsonLinesSource(entries)).toBeUndefined();
  });

  it("knows no other source of entries", () => {
    async function* entries(): AsyncGenerator<ImportEntry> {
      yield { kind: "activity", record: { id: "act-1" } };
    }
    expect(jsonLinesSource(entries())).toBeUndefined();
  });
});
