import type { EntityKind } from "../store/EntityKind";
import { formatRecordProblem } from "../store/RecordProblems";
import type { RecordProblem } from "../store/StoreErrors";

/**
 * A CSV header or row that cannot be read as a record of its kind. `problems` lists every
 * problem, not just the first, each naming the column and the record field it concerns;
 * a reader of a file adds the file and line.
 */
export interface InvalidCsvRow {
  readonly _tag: "InvalidCsvRow";
  readonly kind: EntityKind;
  /** Where in the file: the header (then no row can be read) or a row of records. */
  readonly row: "header" | "record";
  readonly problems: readonly RecordProblem[];
  readonly message: string;
}

const SHOWN_IN_MESSAGE = 3;

/**
 * Builds the {@link InvalidCsvRow} for the problems of a header or a record row, with a
 * message that shows the first few.
 * @example invalidCsvRow("indicator", "header", problems).message // 'The header of this indicator CSV cannot be read (1 problem): the column "unit" is missing …'
 */
export function invalidCsvRow(
  kind: EntityKind,
  row: "header" | "record",
  problems: readonly RecordProblem[],
): InvalidCsvRow {
  const shown = problems.slice(0, SHOWN_IN_MESSAGE).map(formatRecordProblem);
  const more = problems.length > SHOWN_IN_MESSAGE ? `; and ${problems.length - SHOWN_IN_MESSAGE} more` : "";
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const subject = row === "header" ? `The header of this ${kind} CSV` : `This ${kind} CSV row`;
  return {
    _tag: "InvalidCsvRow",
    kind,
    row,
    problems,
    message: `${subject} cannot be read (${count}): ${shown.join("; ")}${more}`,
  };
}
