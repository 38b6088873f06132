import type { Result } from "../result/Result";
import type { EntityKind, EntityOf } from "../store/EntityKind";
import type { RecordProblem } from "../store/StoreErrors";
import { CSV_LAYOUTS, type CsvKind } from "./CsvLayouts";
import type { CsvColumn, CsvField } from "./CsvField";
import { JsonOnlyKind, type TabularCsvLayout } from "./CsvLayout";
import { invalidCsvRow, type InvalidCsvRow } from "./InvalidCsvRow";

/** A CSV header matched against a layout: where each field's columns are in a row. */
export interface CsvHeaderBinding {
  readonly layout: TabularCsvLayout;
  /** The number of cells a row must have. */
  readonly width: number;
  /** For each field of the layout, the row index of each of its columns (-1: not in the file). */
  readonly indexes: readonly (readonly number[])[];
}

/**
 * The outcome of matching a header, or of reading a row: the value, or an `InvalidCsvRow`
 * under `error` that lists every problem found in `error.problems`.
 */
export type CsvResult<T> = Result<T, InvalidCsvRow>;

/** The columns of a required field of which a header must hold at least one. */
export function requiredColumns(field: CsvField): readonly CsvColumn[] {
  const names = field.requiredColumns;
  return names === undefined ? field.columns : field.columns.filter((column) => names.includes(column.header));
}

function tabular(kind: EntityKind): TabularCsvLayout {
  const layout = CSV_LAYOUTS[kind];
  if (!layout.tabular) throw new JsonOnlyKind(kind, layout.reason);
  return layout;
}

/** The header row of a kind's CSV: every column of its layout, in order. */
export function csvHeader(kind: CsvKind): string[] {
  return tabular(kind).columns.map((column) => column.header);
}

/**
 * A record as the cells of a CSV row, in the order of `csvHeader(kind)` (write them with
 * `formatCsvRow`). Absent values are empty cells.
 * @example recordToCsvRow("indicator", { id: "practitioners-trained", name: { en: "Practitioners trained" }, unit: "person", aggregation: "sum" })
 * // ["practitioners-trained", "", "", "Practitioners trained", "", "", "", "person", "sum", "", "", "", "", "", ""]
 */
export function recordToCsvRow<K extends CsvKind>(kind: K, record: EntityOf<K>): string[] {
  return tabular(kind).fields.flatMap((field) => field.write(record));
}

/**
 * Matches a header row to the layout of `kind`, whatever the order of its columns. Every
 * column must be one of the layout's, appear once, and every required field must have its
 * column (for a text in six languages, at least one of the six).
 */
export function bindCsvHeader(kind: EntityKind, header: readonly string[]): CsvResult<CsvHeaderBinding> {
  const layout = CSV_LAYOUTS[kind];
  if (!layout.tabular)
    return {
      ok: false,
      error: invalidCsvRow(kind, "header", [
        { path: [], reason: layout.reason, expected: "a JSON or JSON Lines file" },
      ]),
    };
  const known = new Set(layout.columns.map((column) => column.header));
  const positions = new Map<string, number>();
  const problems: RecordProblem[] = [];
  header.forEach((name, index) => {
    if (!known.has(name)) {
      problems.push({
        path: [],
        reason:
          name === ""
            ? `column ${index + 1} has no name in the header`
            : `the column ${JSON.stringify(name)} is not part of the ${kind} layout`,
        expected: `columns named as in CSV_LAYOUTS.md: ${[...known].join(", ")}`,
      });
    } else if (positions.has(name)) {
      problems.push({
        path: [],
        reason: `the column ${JSON.stringify(name)} appears twice in the header`,
        expected: "each column once",
      });
    } else {
      positions.set(name, index);
    }
  });
  const indexes = layout.fields.map((field) => field.columns.map((column) => positions.get(column.header) ?? -1));
  for (const field of layout.fields) {
    if (!field.required) continue;
    const needed = requiredColumns(field);
    if (needed.some((column) => positions.has(column.header))) continue;
    const names = needed.map((column) => JSON.stringify(column.header));
    problems.push({
      path: [...(field.paths[0] ?? [])],
      reason:
        names.length === 1
          ? `the column ${names[0] ?? ""} is missing`
          : `none of the columns ${names.join(", ")} is in the header`,
      expected:
        names.length === 1 ? `a column ${names[0] ?? ""} (${needed[0]?.meaning ?? ""})` : "at least one of them",
    });
  }
  return problems.length > 0
    ? { ok: false, error: invalidCsvRow(kind, "header", problems) }
    : { ok: true, value: { layout, width: header.length, indexes } };
}

/**
 * The record a row holds, read through a header binding. The record is built, not
 * validated: the store validates it against the kind's schema.
 */
export function readCsvRow(binding: CsvHeaderBinding, row: readonly string[]): CsvResult<Record<string, unknown>> {
  if (row.length !== binding.width) {
    return {
      ok: false,
      error: invalidCsvRow(binding.layout.kind, "record", [
        {
          path: [],
          reason: `the row has ${row.length} cell${row.length === 1 ? "" : "s"} but the header has ${binding.width}`,
          expected: `${binding.width} cells`,
        },
      ]),
    };
  }
  const record: Record<string, unknown> = {};
  const problems: RecordProblem[] = binding.layout.fields.flatMap((field, index) => {
    const cells = (binding.indexes[index] ?? []).map((position) => (position === -1 ? undefined : row[position]));
    return field.read(cells, record).map((problem) => ({
      path: problem.path,
      reason: `column ${problem.column}: ${problem.reason}`,
      ...(problem.expected === undefined ? {} : { expected: problem.expected }),
    }));
  });
  return problems.length > 0
    ? { ok: false, error: invalidCsvRow(binding.layout.kind, "record", problems) }
    : { ok: true, value: record };
}

/**
 * The record a CSV row holds, given the file's header (in any column order). Problems name
 * the column and the record field: unknown or duplicate columns, a missing required column,
 * a cell that cannot be read (a number that is not one, broken JSON).
 * @example csvRowToRecord("indicator", ["sum", "view", "views", "Views"], ["aggregation", "unit", "id", "name_en"])
 * // { ok: true, value: { id: "views", name: { en: "Views" }, unit: "view", aggregation: "sum" } }
 */
export function csvRowToRecord(
  kind: EntityKind,
  row: readonly string[],
  header: readonly string[],
): CsvResult<Record<string, unknown>> {
  const binding = bindCsvHeader(kind, header);
  return binding.ok ? readCsvRow(binding.value, row) : binding;
}
