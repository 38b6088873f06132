import { describe, expect, it } from "vitest";
import { CsvRecordSplitter } from "./CsvRecordSplitter";

/**
 * Bytes that count how far every `indexOf` search reads, so the splitter's work can be
 * compared between inputs of different sizes without timing anything.
 */
class CountedBytes extends Uint8Array {
  static scanned = 0;

  override indexOf(value: number, from = 0): number {
    const found = super.indexOf(value, from);
    CountedBytes.scanned += (found === -1 ? this.length : found + 1) - Math.max(from, 0);
    return found;
  }
}

/** The bytes the splitter reads, per byte of input, for one row of `pairs` escaped quotes. */
function workPerByte(pairs: number, lineBreaks = false): { rows: number; perByte: number } {
  const inner = lineBreaks ? '""\n'.repeat(pairs) : '""'.repeat(pairs);
  const encoded = new TextEncoder().encode(`id,title_en\nx,"${inner}"\n`);
  const bytes = new CountedBytes(encoded.length);
  bytes.set(encoded);
  CountedBytes.scanned = 0;
  const splitter = new CsvRecordSplitter();
  const rows = splitter.push(bytes).length + (splitter.end() === undefined ? 0 : 1);
  return { rows, perByte: CountedBytes.scanned / bytes.length };
}

describe("the CSV splitter reads a quoted field in linear time (probe defect 1)", () => {
  it("a field of 160,000 escaped quotes costs the splitter no more per byte than one of 20,000", () => {
    const small = workPerByte(20_000);
    const large = workPerByte(160_000);
    expect(small.rows).toBe(2);
    expect(large.rows).toBe(2);
    // Each byte is read by a search a bounded number of times, whatever the field's length:
    // before the fix every quote started a search for a line break that ran to the chunk's
    // end, and the large field cost ~160,000 reads per byte.
    expect(large.perByte).toBeLessThan(3);
    expect(large.perByte / small.perByte).toBeLessThan(1.1);
  });

  it("line breaks inside the quoted field are still counted, at the same linear cost", () => {
    const splitter = new CsvRecordSplitter();
    const rows = splitter.push(new TextEncoder().encode('id,title_en\nx,"a""\nb""\nc"\ny,z\n'));
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5]);
    const large = workPerByte(40_000, true);
    expect(large.perByte).toBeLessThan(3);
  });
});
