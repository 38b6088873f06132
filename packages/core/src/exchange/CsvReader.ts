import type { EntityKind } from "../store/EntityKind";
import type { ImportEntry } from "../store/ImportEntry";
import type { RecordProblem } from "../store/StoreErrors";
import type { ByteChunks } from "./ByteChunks";
import { CSV_LAYOUTS } from "./CsvLayouts";
import { parseCsv } from "./CsvParser";
import { bindCsvHeader, readCsvRow, type CsvHeaderBinding } from "./CsvRecords";
import { problemEntry } from "./RecordEnvelope";

/** What a CSV file holds and where it came from. */
export interface CsvReadOptions {
  /** The kind of every row: a CSV file holds one kind of record. */
  readonly kind: EntityKind;
  /** The file name, passed to every entry and problem so reports say `file:line`. */
  readonly file?: string;
}

/** One problem for a row, naming every cell that is wrong (the first one's field path). */
function oneProblem(problems: readonly RecordProblem[]): RecordProblem {
  const [first, ...rest] = problems;
  if (first === undefined) return { path: [], reason: "the row cannot be read" };
  if (rest.length === 0) return first;
  return { ...first, reason: [first.reason, ...rest.map((problem) => problem.reason)].join("; ") };
}

/**
 * Reads a CSV file of one kind of record as import entries, streamed. The first row is the
 * header: columns are matched by name (any order, see CSV_LAYOUTS.md); an unknown, repeated
 * or missing required column is reported at line 1 and nothing else is read, since every
 * row would be misread. Each following row becomes one entry with the line it starts on; a
 * row with broken quoting, a wrong number of cells or a cell that cannot be read becomes an
 * entry with a `readProblem` naming the columns, and reading goes on.
 * @example
 * const entries = readCsv(fs.createReadStream("activities.csv"), { kind: "activity", file: "activities.csv" });
 */
export async function* readCsv(chunks: ByteChunks, options: CsvReadOptions): AsyncGenerator<ImportEntry> {
  const layout = CSV_LAYOUTS[options.kind];
  if (!layout.tabular) {
    yield problemEntry(options, 1, { reason: layout.reason, expected: "a JSON or JSON Lines file" });
    return;
  }
  let binding: CsvHeaderBinding | undefined;
  for await (const row of parseCsv(chunks)) {
    if (row.problem !== undefined) {
      yield problemEntry(options, row.line, {
        reason: binding === undefined ? `the header row: ${row.problem.reason}` : row.problem.reason,
        ...expected(row.problem),
      });
      if (binding === undefined) return;
      continue;
    }
    if (binding === undefined) {
      const bound = bindCsvHeader(options.kind, row.cells);
      if (!bound.ok) {
        for (const problem of bound.error.problems) yield problemEntry(options, row.line, problem);
        return;
      }
      binding = bound.value;
      continue;
    }
    const read = readCsvRow(binding, row.cells);
    if (read.ok)
      yield {
        kind: options.kind,
        record: read.value,
        ...(options.file === undefined ? {} : { file: options.file }),
        line: row.line,
      };
    else yield problemEntry(options, row.line, oneProblem(read.error.problems));
  }
  if (binding === undefined) {
    yield problemEntry(options, 1, {
      reason: "the file is empty",
      expected: `a header row naming the ${options.kind} columns`,
    });
  }
}

function expected(problem: { readonly expected?: string }): { readonly expected?: string } {
  return problem.expected === undefined ? {} : { expected: problem.expected };
}
