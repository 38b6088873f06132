import type { ImportEntry } from "@remit/core";
import { arbitrarySession, timeFuzzInput } from "@remit/core/testing";
import fc from "fast-check";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "./WorkbookReader";
import { exportXlsx } from "./XlsxExport";

// The XLSX import fed generated and broken workbooks: nothing may throw, no input may take a
// second (timed again when it does, see `timeFuzzInput`), every problem names the file (and
// its sheet) and a row. `pnpm fuzz` runs 10,000 inputs and prints the figures; the normal
// suite runs a few dozen.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SLOW_MS = 1000;
const SHEET = "xl/worksheets/sheet1.xml";

/** A workbook written by `exportXlsx`, its bytes and every part as text, to break in many ways. */
interface Workbook {
  readonly bytes: Uint8Array;
  readonly parts: ReadonlyMap<string, string>;
}

let pool: Workbook[] = [];
const figures = { inputs: 0, accepted: 0, refused: 0, records: 0, slowestMs: 0 };

async function bytesOf(output: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of output) pieces.push(piece);
  return Buffer.concat(pieces);
}

beforeAll(async () => {
  // Made once: writing a workbook costs more than reading one, and the pool's variety
  // (sessions of every shape fast-check makes) is what the mutations work on.
  const samples = fc.sample(fc.array(arbitrarySession, { minLength: 1, maxLength: 3 }), { numRuns: 12, seed: 14 });
  pool = await Promise.all(
    samples.map(async (sessions) => {
      const bytes = await bytesOf(exportXlsx([{ kind: "session", records: sessions }]));
      const zip = await JSZip.loadAsync(bytes);
      const parts = new Map<string, string>();
      for (const file of Object.values(zip.files)) if (!file.dir) parts.set(file.name, await file.async("string"));
      return { bytes, parts };
    }),
  );
}, 60_000);

afterAll(() => {
  if (process.env.FUZZ_RUNS === undefined) return;
  console.log(
    `fuzz: 0 throws, 0 inputs over ${SLOW_MS} ms, every problem located\n` +
      `${"readWorkbook".padEnd(22)} ${String(figures.inputs).padStart(6)} inputs  ${String(figures.accepted).padStart(6)} accepted  ${String(figures.refused).padStart(6)} refused  ${String(figures.records).padStart(6)} records  slowest ${figures.slowestMs.toFixed(1)} ms`,
  );
});

// What breaks a sheet's XML or a cell: markup, characters XML forbids, quotes, formulas.
const XML_PIECES = [
  "<",
  ">",
  "&",
  "&amp;",
  '"',
  "</c>",
  "<c>",
  "<v>x</v>",
  "\u0007",
  "\u0000",
  "\uFFFE",
  "=1+1",
  "é",
  "维",
  " ",
];

/** An edit of a text: insert, delete or repeat a piece at a place. */
interface TextEdit {
  readonly at: number;
  readonly kind: "insert" | "delete" | "repeat";
  readonly piece: string;
  readonly times: number;
}
const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("insert", "delete", "repeat"),
  piece: fc.oneof(fc.constantFrom(...XML_PIECES), fc.string({ maxLength: 6 })),
  times: fc.integer({ min: 1, max: 500 }),
});

function edited(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce((current, { at, kind, piece, times }) => {
    const place = at % (current.length + 1);
    if (kind === "delete") return current.slice(0, place) + current.slice(place + piece.length + 1);
    return current.slice(0, place) + (kind === "repeat" ? piece.repeat(times) : piece) + current.slice(place);
  }, text);
}

/** A pooled workbook with its first sheet's XML edited, zipped again (stored, not compressed: faster). */
const brokenSheet = fc
  .tuple(fc.nat(), fc.array(textEdit, { maxLength: 4 }))
  .map(([index, edits]) => ({ index, edits }));

/** A pooled workbook's bytes with some of them changed, or cut short. */
const brokenBytes = fc.tuple(
  fc.nat(),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
  fc.option(fc.nat(), { nil: undefined }),
);

async function input(
  choice: number,
  sheet: { readonly index: number; readonly edits: readonly TextEdit[] },
  bytes: readonly [number, readonly (readonly [number, number])[], number | undefined],
  random: Uint8Array,
): Promise<Uint8Array> {
  if (choice === 0) {
    const workbook = pool[sheet.index % pool.length]!;
    const zip = new JSZip();
    for (const [name, text] of workbook.parts) zip.file(name, name === SHEET ? edited(text, sheet.edits) : text);
    return zip.generateAsync({ type: "uint8array", compression: "STORE" });
  }
  if (choice === 1) {
    const [index, changes, cut] = bytes;
    const copy = new Uint8Array(pool[index % pool.length]!.bytes);
    for (const [at, value] of changes) copy[at % copy.length] = value;
    return cut === undefined ? copy : copy.slice(0, cut % copy.length);
  }
  return random;
}

async function readAll(bytes: Uint8Array): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of readWorkbook(bytes, { name: "f.xlsx" })) entries.push(entry);
  return entries;
}

describe("fuzzing the XLSX import", () => {
  it("readWorkbook: no throw, no slow input, every problem with its file and row", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        brokenSheet,
        brokenBytes,
        fc.uint8Array({ maxLength: 300 }),
        async (choice, sheet, bytes, random) => {
          const workbook = await input(choice, sheet, bytes, random);
          const { value: entries, ms } = await timeFuzzInput(() => readAll(workbook), SLOW_MS);
          const problems = entries.filter((entry) => entry.readProblem !== undefined);
          figures.inputs += 1;
          figures[problems.length === 0 ? "accepted" : "refused"] += 1;
          figures.records += entries.length - problems.length;
          figures.slowestMs = Math.max(figures.slowestMs, ms);
          expect(ms, `one workbook took ${ms.toFixed(0)} ms`).toBeLessThan(SLOW_MS);
          for (const entry of problems) {
            expect(entry.readProblem?.file).toMatch(/^f\.xlsx(\[.*\])?$/u);
            expect(entry.readProblem?.line).toBeGreaterThanOrEqual(1);
            expect(entry.readProblem?.reason).toBeTruthy();
          }
        },
      ),
      { numRuns: RUNS },
    );
    // Inputs that never get past the zip or the XML would leave the row reader unfuzzed.
    expect(figures.records).toBeGreaterThan(0);
  }, 600_000);
});
