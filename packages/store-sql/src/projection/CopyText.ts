import type { Row } from "./TableRows";

/** The characters PostgreSQL's COPY text format gives a meaning: the delimiter, line ends and the escape. */
const SPECIAL = /[\\\t\n\r]/g;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One value in COPY's text format: NULL is `\N`, text has its tab, line ends and backslash escaped. */
function copyValue(value: Row[number]): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return value.replace(SPECIAL, (char) => ESCAPES[char] ?? char);
}

/**
 * Rows given as flat positional values, `width` per row, in the text format of
 * `COPY … FROM STDIN`: one line per row, values separated by tabs. The text is built by
 * appending, with no array per row or per cell: an import makes it for every batch, and
 * those arrays were garbage that lived long enough to be collected in the old generation.
 */
export function copyText(values: readonly Row[number][], width: number): string {
  let text = "";
  for (let start = 0; start < values.length; start += width) {
    for (let column = start; column < start + width; column += 1) {
      text += copyValue(values[column] ?? null);
      text += column === start + width - 1 ? "\n" : "\t";
    }
  }
  return text;
}
