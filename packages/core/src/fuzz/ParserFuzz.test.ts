import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { textChunks } from "../exchange/ByteChunks";
import { formatCsvRow } from "../exchange/CsvCell";
import { readCsv } from "../exchange/CsvReader";
import { csvHeader, recordToCsvRow } from "../exchange/CsvRecords";
import { readJsonDocument } from "../exchange/JsonDocument";
import { readJsonLines } from "../exchange/JsonLines";
import type { ImportEntry } from "../store/ImportEntry";
import {
  formatCitation,
  normaliseSymbol,
  parseCitation,
  parseDocumentReference,
  parsePartialSymbol,
  parseSymbol,
  parseSymbolPrefix,
} from "../symbol";
import {
  arbitraryCitation,
  arbitraryDocumentSymbol,
  arbitraryPartialSymbol,
  arbitrarySession,
  timeFuzzInput,
} from "../testing";

// Every parser of outside input in core, fed generated and mutated input: nothing may throw,
// no input may take a second (timed again when it does, see `timeFuzzInput`), every refusal
// must say where. `pnpm fuzz` runs 10,000 inputs per parser and prints the figures; the normal
// suite runs a few hundred.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SLOW_MS = 1000;
const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

interface Figures {
  inputs: number;
  accepted: number;
  refused: number;
  /** Records read whole (readers only): inputs that reached the row or element parser. */
  records: number;
  slowestMs: number;
}
const figures = new Map<string, Figures>();

function record(parser: string, ok: boolean, ms: number, records = 0): void {
  const entry = figures.get(parser) ?? { inputs: 0, accepted: 0, refused: 0, records: 0, slowestMs: 0 };
  entry.inputs += 1;
  entry.records += records;
  if (ok) entry.accepted += 1;
  else entry.refused += 1;
  entry.slowestMs = Math.max(entry.slowestMs, ms);
  figures.set(parser, entry);
  expect(ms, `${parser}: one input took ${ms.toFixed(0)} ms`).toBeLessThan(SLOW_MS);
}

afterAll(() => {
  if (process.env.FUZZ_RUNS === undefined) return;
  const rows = [...figures].map(
    ([parser, f]) =>
      `${parser.padEnd(22)} ${String(f.inputs).padStart(6)} inputs  ${String(f.accepted).padStart(6)} accepted  ${String(f.refused).padStart(6)} refused  ${String(f.records).padStart(6)} records  slowest ${f.slowestMs.toFixed(1)} ms`,
  );
  console.log(`fuzz: 0 throws, 0 inputs over ${SLOW_MS} ms, every refusal located\n${rows.join("\n")}`);
});

const ODD = [
  "",
  " ",
  "\u3000",
  "/",
  "//",
  ".",
  "…",
  "...",
  "(",
  ")",
  " (2020)",
  "\u0000",
  "\ud800",
  "０",
  "Ａ",
  "\n",
  ",",
  '"',
];

/** A valid text with a few random edits: insertions of odd or random characters, deletions, repeats. */
function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom("insert", "delete", "repeat", "replace"),
    text: fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: "binary", maxLength: 4 })),
    times: fc.integer({ min: 1, max: 2000 }),
  });
  return fc.tuple(valid, fc.array(edit, { maxLength: 4 })).map(([text, edits]) =>
    edits.reduce((current, { at, kind, text: piece, times }) => {
      const p = current.length === 0 ? 0 : at % (current.length + 1);
      if (kind === "insert") return current.slice(0, p) + piece + current.slice(p);
      if (kind === "delete") return current.slice(0, p) + current.slice(p + 1);
      if (kind === "repeat") return current.slice(0, p) + piece.repeat(times) + current.slice(p);
      return current.slice(0, p) + piece + current.slice(p + piece.length);
    }, text),
  );
}

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.stringMatching(/^[A-Za-z0-9./ ()…]{0,60}$/),
);
const symbolInput = fc.oneof(mutated(arbitraryDocumentSymbol), mutated(arbitraryPartialSymbol), anyText);
const citationInput = fc.oneof(
  mutated(
    arbitraryCitation.chain((c) =>
      fc.constantFrom(formatCitation(c, "en"), formatCitation(c, "zh"), formatCitation(c, "en", { short: true })),
    ),
  ),
  anyText,
);

type TextParser = (
  text: string,
) => { ok: true } | { ok: false; error: { offset: number; part: string; message: string } };
const TEXT_PARSERS: [string, TextParser, fc.Arbitrary<string>][] = [
  ["parseSymbol", (t) => parseSymbol(t, asOf), symbolInput],
  ["normaliseSymbol", (t) => normaliseSymbol(t, asOf), symbolInput],
  ["parsePartialSymbol", (t) => parsePartialSymbol(t, asOf), symbolInput],
  ["parseDocumentReference", (t) => parseDocumentReference(t, asOf), symbolInput],
  ["parseSymbolPrefix", (t) => parseSymbolPrefix(t), symbolInput],
  ["parseCitation", (t) => parseCitation(t, asOf), citationInput],
];

describe("fuzzing the parsers of symbols and citations", () => {
  for (const [name, parse, input] of TEXT_PARSERS) {
    it(`${name}: no throw, no slow input, every refusal located`, async () => {
      await fc.assert(
        fc.asyncProperty(input, async (text) => {
          const { value: result, ms } = await timeFuzzInput(() => parse(text), SLOW_MS);
          record(name, result.ok, ms);
          if (!result.ok) {
            expect(result.error.offset).toBeGreaterThanOrEqual(0);
            expect(result.error.offset).toBeLessThanOrEqual(text.length);
            expect(result.error.message).toContain(`at character ${result.error.offset}`);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

const CSV_PIECES = ["id", "title_en", ",", '"', '""', "\n", "\r\n", "x", "é", "维", "\u0000", "=1+1", " ", "\ufeff"];
// Sessions as their CSV layout writes them: the header binds, so the rows reach the row parser
// and the cell codecs (dates, lists, nested columns) before a mutation breaks them.
const sessionCsv = fc
  .array(arbitrarySession, { minLength: 1, maxLength: 3 })
  .map((sessions) =>
    [csvHeader("session"), ...sessions.map((session) => recordToCsvRow("session", session))].map(formatCsvRow).join(""),
  );
const csvText = fc.oneof(
  sessionCsv,
  mutated(sessionCsv),
  fc
    .array(fc.constantFrom(...CSV_PIECES), { maxLength: 400 })
    .map((pieces) => `${formatCsvRow(csvHeader("session"))}${pieces.join("")}`),
  fc.array(fc.constantFrom(...CSV_PIECES), { maxLength: 400 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
);
const jsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  mutated(fc.json({ maxDepth: 3 })),
  fc.array(mutated(fc.json({ maxDepth: 2 })), { maxLength: 5 }).map((lines) => lines.join("\n")),
  fc.string({ unit: "binary", maxLength: 300 }),
);

async function readAll(entries: AsyncIterable<ImportEntry>): Promise<ImportEntry[]> {
  const all: ImportEntry[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

type ByteReader = (chunks: AsyncIterable<Uint8Array>) => AsyncIterable<ImportEntry>;
const BYTE_READERS: [string, ByteReader, fc.Arbitrary<string>][] = [
  ["readCsv", (chunks) => readCsv(chunks, { kind: "session", file: "f.csv" }), csvText],
  ["readJsonLines", (chunks) => readJsonLines(chunks, { kind: "session", file: "f.jsonl" }), jsonText],
  ["readJsonDocument", (chunks) => readJsonDocument(chunks, { kind: "session", file: "f.json" }), jsonText],
];

describe("fuzzing the readers of CSV, JSON and JSON Lines files", () => {
  for (const [name, read, input] of BYTE_READERS) {
    it(`${name}: no throw, no slow input, every problem with its file and line`, async () => {
      await fc.assert(
        fc.asyncProperty(input, fc.array(fc.nat({ max: 2000 }), { maxLength: 4 }), async (text, cuts) => {
          const { value: entries, ms } = await timeFuzzInput(() => readAll(read(textChunks(text, cuts))), SLOW_MS);
          const problems = entries.filter((entry) => entry.readProblem !== undefined);
          const whole = entries.filter((entry) => entry.record !== undefined).length;
          record(name, problems.length === 0, ms, whole);
          for (const entry of problems) {
            expect(entry.file).toBeDefined();
            expect(entry.line ?? 0).toBeGreaterThanOrEqual(1);
            expect(entry.readProblem?.reason).toBeTruthy();
          }
        }),
        { numRuns: RUNS },
      );
      // Inputs that never get past the header would leave the row parser unfuzzed.
      expect(figures.get(name)?.records ?? 0).toBeGreaterThan(0);
    }, 600_000);
  }
});
