import { invalidJsonWording } from "./JsonSyntaxError";
import { joinListCell, splitListCell } from "./ListCell";
import type { CellCodec } from "./CsvField";

/** Text as it is. */
export const TEXT: CellCodec = {
  format: "text",
  write: (value) => String(value),
  read: (cell) => ({ value: cell }),
};

/** A value from a closed vocabulary, written as the value itself. */
export function oneOf(values: readonly string[]): CellCodec {
  return { ...TEXT, format: `one of ${values.map((value) => `\`${value}\``).join(", ")}` };
}

const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number written as JavaScript writes it (every number reads back to itself, -0 included). */
function writeNumber(value: unknown): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/** A whole number: "30". */
export const WHOLE_NUMBER: CellCodec = {
  format: "whole number",
  write: writeNumber,
  read: (cell) =>
    WHOLE.test(cell)
      ? { value: Number(cell) }
      : { reason: `${JSON.stringify(cell)} is not a whole number`, expected: "digits, such as 30" },
};

/** A number with a "." decimal point and no thousands separators: "2440", "28.5", "1e+21". */
export const NUMBER: CellCodec = {
  format: "number (`.` as decimal point, no thousands separator)",
  write: writeNumber,
  read: (cell) => {
    const value = Number(cell);
    return DECIMAL.test(cell) && Number.isFinite(value)
      ? { value }
      : {
          reason: `${JSON.stringify(cell)} is not a number`,
          expected: "a number such as 2440 or 28.5, without thousands separators",
        };
  },
};

/** A flag that is either set (`true`) or absent (empty cell). */
export const TRUE_FLAG: CellCodec = {
  format: "`true` or empty",
  write: () => "true",
  read: (cell) =>
    cell === "true"
      ? { value: true }
      : { reason: `${JSON.stringify(cell)} is not "true"`, expected: '"true" or an empty cell' },
};

/** Repeated text values joined by ";" (see ListCell). */
export const LIST: CellCodec = {
  format: "list, `;` between values (`\\;` for a `;` inside a value)",
  write: (value) => joinListCell(value as readonly string[]),
  read: (cell) => ({ value: splitListCell(cell) }),
};

/** A nested structure written as JSON text, exactly as in a JSON file. */
export const JSON_CELL: CellCodec = {
  format: "JSON",
  write: (value) => JSON.stringify(value),
  read: (cell) => {
    try {
      return { value: JSON.parse(cell) as unknown };
    } catch (error) {
      return invalidJsonWording(cell, error);
    }
  },
};

/**
 * A list of key–value pairs, `key=value` joined by ";": a breakdown "age-band=9-12;sex=female".
 * The key is the first part up to "=", so a value may itself hold "=".
 */
export function pairList(keyField: string, valueField: string, example: string): CellCodec {
  return {
    format: `list of \`${keyField}=${valueField}\`, \`;\` between pairs (e.g. \`${example}\`)`,
    write: (value) =>
      joinListCell(
        (value as readonly Record<string, unknown>[]).map(
          (pair) => `${String(pair[keyField])}=${String(pair[valueField])}`,
        ),
      ),
    read: (cell) => {
      const pairs: Record<string, string>[] = [];
      for (const item of splitListCell(cell)) {
        const equals = item.indexOf("=");
        if (equals === -1)
          return {
            reason: `${JSON.stringify(item)} has no "="`,
            expected: `${keyField}=${valueField}, such as ${example}`,
          };
        pairs.push({ [keyField]: item.slice(0, equals), [valueField]: item.slice(equals + 1) });
      }
      return { value: pairs };
    },
  };
}

/**
 * A date, or a period written as `start/end` (ISO 8601 interval style); a period without an
 * end is `start/`. "2007-10-25/2007-10-26" is the Lanzarote Convention's two-day adoption.
 */
export const DATE_OR_PERIOD: CellCodec = {
  format: "date `YYYY[-MM[-DD]]`, or period `start/end` (`start/` when open)",
  write: (value) => {
    if (typeof value === "string") return value;
    const period = value as { readonly start: string; readonly end?: string };
    return `${period.start}/${period.end ?? ""}`;
  },
  read: (cell) => {
    const slash = cell.indexOf("/");
    if (slash === -1) return { value: cell };
    const [start, end] = [cell.slice(0, slash), cell.slice(slash + 1)];
    return { value: end === "" ? { start } : { start, end } };
  },
};

/** The documented format of a date column. */
export const DATE_FORMAT = "date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`";
/** The documented format of a record id column. */
export const ID_FORMAT = "record id (lower-case letters, digits, `.`, `-`)";
/** The documented format of a list of record ids. */
export const ID_LIST_FORMAT = "list of record ids, `;` between ids";

/** A list of values from a closed vocabulary. */
export function listOf(values: readonly string[]): string {
  return `list, \`;\` between values, each one of ${values.map((value) => `\`${value}\``).join(", ")}`;
}

/** Columns shared by activities and observations: the countries and regions covered. */
export const COVERAGE_FORMATS = {
  countries: "list of ISO 3166-1 alpha-3 codes, `;` between codes (`BLZ;SLV`)",
  count: 'JSON quantity (`{"value":64,"qualifier":"exact","unit":"country"}`)',
  m49: "list of 3-digit UN M49 area codes, `;` between codes (`011;419`)",
  named: 'JSON list of named regions (`[{"name":{"en":"Latin America"},"m49":"419"}]`)',
} as const;

/** The documented format of a provenance list. */
export const PROVENANCE_FORMAT =
  'JSON list of provenances (`[{"source":"document","symbol":"E/CN.15/2011/2","paragraphs":[2]}]`)';
