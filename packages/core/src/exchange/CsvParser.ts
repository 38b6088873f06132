import { NOT_UTF8, Utf8LineDecoder, withoutBom, type ByteChunks } from "./ByteChunks";
import { unguardFormula } from "./CsvCell";
import { CsvRecordSplitter, type CsvRecordBytes } from "./CsvRecordSplitter";

/** A problem with a row as text (quoting or encoding), before its cells mean anything. */
export interface CsvRowProblem {
  readonly reason: string;
  readonly expected?: string;
}

/** One row of a CSV file. */
export interface CsvRow {
  /** The 1-based line the row starts on; a quoted field with line breaks makes a row span lines. */
  readonly line: number;
  /** The cells, unquoted and with formula guards removed (see `unguardFormula`). */
  readonly cells: readonly string[];
  /** Set when the row's quoting or encoding is broken; `cells` are then the best reading. */
  readonly problem?: CsvRowProblem;
}

const QUOTING_EXAMPLE = 'write the whole field in quotes and double every quote inside it: "Doha ""Declaration"""';

/**
 * The cells of one CSV row (RFC 4180): fields separated by commas, a field in double quotes
 * may hold commas, line breaks and doubled quotes. Malformed quoting is reported, and the
 * cells are read as a spreadsheet would (the stray text kept).
 * @example parseCsvFields('ccpcj-30,"Vienna, Austria","say ""hi"""') // { cells: ["ccpcj-30", "Vienna, Austria", 'say "hi"'] }
 */
export function parseCsvFields(text: string): { readonly cells: string[]; readonly problem?: CsvRowProblem } {
  const cells: string[] = [];
  let problem: CsvRowProblem | undefined;
  let index = 0;
  for (;;) {
    const field = cells.length + 1;
    let value = "";
    const quotedField = text[index] === '"';
    if (quotedField) {
      for (let from = index + 1; ;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          value += text.slice(from);
          index = text.length;
          problem ??= {
            reason: `field ${field} opens a quote that is never closed`,
            expected: "a closing '\"' before the end of the file",
          };
          break;
        }
        value += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          index = quote + 1;
          break;
        }
        value += '"';
        from = quote + 2;
      }
      if (index < text.length && text[index] !== ",") {
        problem ??= { reason: `field ${field} goes on after its closing quote`, expected: QUOTING_EXAMPLE };
      }
    }
    const comma = text.indexOf(",", index);
    const end = comma === -1 ? text.length : comma;
    const rest = text.slice(index, end);
    if (!quotedField && rest.includes('"')) {
      problem ??= { reason: `field ${field} holds a quote but does not start with one`, expected: QUOTING_EXAMPLE };
    }
    cells.push(value + rest);
    if (comma === -1) break;
    index = comma + 1;
  }
  return problem === undefined ? { cells } : { cells, problem };
}

/**
 * Reads CSV (RFC 4180) as rows, streamed from bytes: quoted fields with commas, line breaks
 * and "" escapes, CRLF or LF line breaks, an optional UTF-8 BOM. Each row carries the line
 * it starts on; blank lines are skipped. Cells are returned with formula guards removed, so
 * what `formatCsvRow` wrote is read back unchanged. Memory is bounded by the longest row.
 * @example for await (const row of parseCsv(fs.createReadStream("sessions.csv"))) console.log(row.line, row.cells);
 */
export async function* parseCsv(chunks: ByteChunks): AsyncGenerator<CsvRow> {
  const splitter = new CsvRecordSplitter();
  const decoder = new Utf8LineDecoder();
  for await (const chunk of withoutBom(chunks)) {
    for (const record of splitter.push(chunk)) yield rowOf(record, decoder);
  }
  const last = splitter.end();
  if (last !== undefined) yield rowOf(last, decoder);
}

function rowOf(record: CsvRecordBytes, decoder: Utf8LineDecoder): CsvRow {
  const text = decoder.decode(record.bytes);
  if (text === undefined) return { line: record.line, cells: [], problem: { reason: `the row ${NOT_UTF8}` } };
  if (!record.quoted) return { line: record.line, cells: text.split(",").map(unguardFormula) };
  const { cells, problem } = parseCsvFields(text);
  const unguarded = cells.map(unguardFormula);
  return problem === undefined
    ? { line: record.line, cells: unguarded }
    : { line: record.line, cells: unguarded, problem };
}
