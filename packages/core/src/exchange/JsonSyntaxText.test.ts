import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../store/ImportEntry";
import { formatRecordProblemIn } from "../store/RecordProblemText";
import type { Language } from "../text/Language";
import { textChunks } from "./ByteChunks";
import { readJsonLines } from "./JsonLines";

/** The read problem of each line of a JSON Lines file, in a reader's language. */
async function problemsIn(text: string, language: Language): Promise<string[]> {
  const said: string[] = [];
  const entries: AsyncIterable<ImportEntry> = readJsonLines(textChunks(text), {
    kind: "mandate",
    file: "mandates.jsonl",
  });
  for await (const entry of entries)
    if (entry.readProblem !== undefined) said.push(formatRecordProblemIn(entry.readProblem, language));
  return said;
}

describe("a line that is not JSON, in the reader's language", () => {
  it("names what was found, where, and what JSON allows there, in Chinese and Arabic", async () => {
    const text = 'not json\n{"id": "a-res-74-173" "bodyId": "ga"}\n{"id": "ccpcj-30", "number": 3';
    expect(await problemsIn(text, "zh")).toEqual([
      "mandates.jsonl:1: (record)：不是有效的 JSON：第 2 列为 'o'（应为null）",
      "mandates.jsonl:2: (record)：不是有效的 JSON：第 23 列为 '\"'（应为属性值之后的 ',' 或 '}'）",
      "mandates.jsonl:3: (record)：不是有效的 JSON：第 31 列为 文本结尾（应为属性值之后的 ',' 或 '}'）",
    ]);
    const [arabic] = await problemsIn('{"id": 1,}', "ar");
    expect(arabic).toBe(
      "mandates.jsonl:1: (record): ليس بصيغة JSON صحيحة: '}' في العمود 10 (المتوقع: اسم خاصية بين علامتي اقتباس مزدوجتين)",
    );
  });

  it("keeps the English words of the problem for English readers", async () => {
    expect(await problemsIn("[1,", "en")).toEqual([
      "mandates.jsonl:1: (record): is not valid JSON: found the end of the input at column 4 (expected a value (object, array, string, number, true, false or null))",
    ]);
  });
});
