/**
 * Writing CSV cells (RFC 4180) that are safe to open in a spreadsheet.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and,
 * in some programs, a tab or carriage return) as a formula. On export such a cell gets one
 * leading apostrophe, which spreadsheets show as "text follows". So that export → import
 * is the identity, the rule covers cells that already start with apostrophes:
 *
 * - export: a cell that, after any leading apostrophes, starts with = + - @ (or their
 *   full-width forms ＝ ＋ － ＠, which some spreadsheets also accept) after any white space,
 *   or with a TAB, CR or LF, gets one more apostrophe in front — unless it is a plain number
 *   such as "-5" or "+1.5e3", which a spreadsheet reads as a number, not a formula. Leading
 *   white space counts because spreadsheets trim it before they look for a formula
 *   (" =1+1", "\n=1+1");
 * - import: from a cell of that same shape with at least one leading apostrophe, exactly one
 *   apostrophe is removed.
 *
 * `"=SUM(A1)"` → `"'=SUM(A1)"` → `"=SUM(A1)"`; `"'=x"` → `"''=x"` → `"'=x"`; `"'abc"` and
 * `"-5"` are written as they are.
 */

const STARTS_LIKE_FORMULA = /^'*(\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function needsGuard(value: string): boolean {
  return STARTS_LIKE_FORMULA.test(value) && !PLAIN_NUMBER.test(value);
}

/**
 * The cell text with formula-injection protection: one apostrophe before a cell a
 * spreadsheet would run as a formula (see the module's rule).
 * @example guardFormula("=HYPERLINK(…)") // "'=HYPERLINK(…)"
 */
export function guardFormula(value: string): string {
  return needsGuard(value) ? `'${value}` : value;
}

/**
 * Undoes `guardFormula`: removes exactly one leading apostrophe from a cell that, after it,
 * would start like a formula. Every other cell is returned as it is.
 * @example unguardFormula("'=HYPERLINK(…)") // "=HYPERLINK(…)"
 */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

// A leading U+FEFF is quoted too: at the start of a file it would be taken for a BOM.
const NEEDS_QUOTES = /[",\r\n]|^\uFEFF/;

/**
 * One cell as CSV text: formula-guarded, then quoted when it holds a comma, a double quote,
 * a line break or a carriage return, or starts with U+FEFF (a quote inside is doubled).
 * @example csvEscapeCell('Doha "Declaration", 2015') // '"Doha ""Declaration"", 2015"'
 */
export function csvEscapeCell(value: string): string {
  const guarded = guardFormula(value);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * One row as a CSV line, cells escaped by `csvEscapeCell` and joined by commas, ended by
 * CRLF as RFC 4180 asks. A row of one empty cell is written `""`, so that it is not read
 * back as a blank line (which readers skip); a row needs at least one cell.
 * @example formatCsvRow(["ccpcj-30", "Vienna", "=1+1"]) // "ccpcj-30,Vienna,'=1+1\r\n"
 */
export function formatCsvRow(values: readonly string[]): string {
  if (values.length === 1 && values[0] === "") return '""\r\n';
  return `${values.map(csvEscapeCell).join(",")}\r\n`;
}
