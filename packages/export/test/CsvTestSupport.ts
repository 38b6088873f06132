import { readCsv, type CsvKind, type EntityOf, type ImportEntry } from "@remit/core";
import fc from "fast-check";
import { exportCsvBytes, type CsvExportOptions } from "../src/csv";
import type { Source } from "../src/stream/Source";

/** The bytes of a CSV export, joined. */
export async function csvBytes<K extends CsvKind>(
  kind: K,
  records: Source<EntityOf<K>>,
  options: CsvExportOptions = {},
): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of exportCsvBytes(kind, records, options)) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** The bytes cut at the given offsets, as a file read in uneven chunks would arrive. */
export async function* cutBytes(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = Math.max(start, Math.min(cut, bytes.length));
    yield bytes.subarray(start, end);
    start = end;
  }
  yield bytes.subarray(start);
}

/** Reads a CSV export back with core's reader; fails on any entry that has a problem. */
export async function readBack(kind: CsvKind, chunks: AsyncIterable<Uint8Array>): Promise<unknown[]> {
  const records: unknown[] = [];
  const problems: ImportEntry[] = [];
  for await (const entry of readCsv(chunks, { kind, file: `${kind}.csv` })) {
    if (entry.readProblem !== undefined) problems.push(entry);
    else records.push(entry.record);
  }
  if (problems.length > 0)
    throw new Error(`core's readCsv reported: ${JSON.stringify(problems.map((entry) => entry.readProblem))}`);
  return records;
}

/**
 * Text that spreadsheets and CSV get wrong: formula starts, quotes, separators, line breaks,
 * list separators and escapes, Chinese, Arabic (right-to-left), emoji, accents.
 */
export const hostileText: fc.Arbitrary<string> = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.oneof(
    fc.constantFrom("=", "+", "-", "@", "'", "\t", "\r", "\n", "\r\n", '"', ",", ";", "\\", " ", "\uFEFF"),
    fc.constantFrom(
      "网络犯罪",
      "培训",
      "الجرائم السيبرانية",
      "حقوق",
      "é",
      "ß",
      "😀",
      "=SUM(A1)",
      '=HYPERLINK("http://x")',
      "-5",
      "+1.5e3",
    ),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }),
  ),
});
