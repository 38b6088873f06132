import { LANGUAGE_NAMES, LANGUAGES } from "../text/Language";
import { ID_FORMAT, TEXT } from "./CellCodecs";
import { getPath, pathOf, setPath, type CellCodec, type CellProblem, type CsvField, type FieldPath } from "./CsvField";

/** One part of a small object written in its own column. */
export interface CsvPart {
  /** The key of the part inside the object. */
  readonly key: string;
  readonly header: string;
  readonly meaning: string;
  readonly codec: CellCodec;
  /** The documented format, when more precise than the codec's. */
  readonly format?: string;
}

/** The documented columns of `parts`. */
export function columnsOf(parts: readonly CsvPart[]): CsvField["columns"] {
  return parts.map((part) => ({
    header: part.header,
    meaning: part.meaning,
    format: part.format ?? part.codec.format,
  }));
}

/**
 * Reads the non-empty cells of `parts` into a new object. Returns undefined for the object
 * when every cell is empty (or absent from the file).
 */
export function readParts(
  parts: readonly CsvPart[],
  cells: readonly (string | undefined)[],
  path: FieldPath,
): { readonly value: Record<string, unknown> | undefined; readonly problems: CellProblem[] } {
  const value: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  let filled = false;
  parts.forEach((part, index) => {
    const cell = cells[index];
    if (cell === undefined || cell === "") return;
    filled = true;
    const read = part.codec.read(cell);
    if ("value" in read) value[part.key] = read.value;
    else
      problems.push({
        column: part.header,
        path: [...path, part.key],
        reason: read.reason,
        ...(read.expected === undefined ? {} : { expected: read.expected }),
      });
  });
  return { value: filled ? value : undefined, problems };
}

/** The cells of `parts` for an object (empty cells for absent parts or an absent object). */
export function writeParts(parts: readonly CsvPart[], value: unknown): string[] {
  return parts.map((part) => {
    const item = getPath(value, [part.key]);
    return item === undefined ? "" : part.codec.write(item);
  });
}

/**
 * A LocalizedText written as one column per official language, in UN order:
 * `title_ar`, `title_zh`, `title_en`, `title_fr`, `title_ru`, `title_es`. Empty cells are
 * missing languages; with all six empty the text is absent.
 */
export function localized(
  prefix: string,
  dotted: string,
  meaning: string,
  options: { readonly required?: boolean } = {},
): CsvField {
  const path = pathOf(dotted);
  const parts: CsvPart[] = LANGUAGES.map((language) => ({
    key: language,
    header: `${prefix}_${language}`,
    meaning: `${meaning}, in ${LANGUAGE_NAMES[language]}`,
    codec: TEXT,
  }));
  return {
    columns: columnsOf(parts),
    paths: [path],
    required: options.required ?? false,
    write: (record) => writeParts(parts, getPath(record, path)),
    read: (cells, record) => {
      const { value } = readParts(parts, cells, path);
      if (value !== undefined) setPath(record, path, value);
      return [];
    },
  };
}

/**
 * A link to a mandate (`{ mandateId }` or `{ reference }`) in two columns,
 * `<prefix>_mandate_id` and `<prefix>_reference`, of which at most one is filled.
 */
export function mandateLink(prefix: string, dotted: string, meaning: string): CsvField {
  const path = pathOf(dotted);
  const parts: CsvPart[] = [
    {
      key: "mandateId",
      header: `${prefix}_mandate_id`,
      meaning: `${meaning}: the id of a stored mandate`,
      codec: TEXT,
      format: ID_FORMAT,
    },
    {
      key: "reference",
      header: `${prefix}_reference`,
      meaning: `${meaning}: its symbol or citation, when it is not stored`,
      codec: TEXT,
      format: "document symbol (`A/RES/55/25`) or citation (`GA decision 74/567`)",
    },
  ];
  return {
    columns: columnsOf(parts),
    paths: [path],
    required: false,
    write: (record) => writeParts(parts, getPath(record, path)),
    read: (cells, record) => {
      const { value } = readParts(parts, cells, path);
      if (value === undefined) return [];
      if ("mandateId" in value && "reference" in value) {
        return [
          {
            column: parts[1]?.header ?? "",
            path,
            reason: "both the mandate id and the reference are filled",
            expected: "one of the two",
          },
        ];
      }
      setPath(record, path, value);
      return [];
    },
  };
}
