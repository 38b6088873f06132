import stringWidth from "string-width";

// Widths are string-width's: East Asian wide and full-width characters take two columns,
// combining marks and joiners none, an emoji sequence or a flag two, counted per grapheme.
// Text is never reordered or re-shaped: Arabic stays in its logical order for the terminal.
// The cut is written here, not cli-truncate: 6.2 cuts as this does (13 texts compared: CJK,
// emoji sequences, flags, Arabic marks, combining accents) but needs Node 22, and the CLI runs
// on 20.19; 5.1, the last for Node 20, cuts "促进技术援助和能力建设" to 8 as "促进技术…" (9
// columns), splits "👨‍👩‍👧" and "🇫🇷" and drops the accent of "Ré…" (measured 2026-12-05).
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The number of terminal columns a text takes: `displayWidth("讨论指南")` is 8. */
export { default as displayWidth } from "string-width";

/**
 * `text` cut to at most `width` columns, ending in "…" when it was cut; whole graphemes only,
 * so a wide character or an Arabic letter with its marks is never split.
 * @example truncateToWidth("Protecting children in a digital age", 12) // "Protecting …"
 */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return "";
  let used = 0;
  let kept = "";
  for (const { segment } of segmenter.segment(text)) {
    const next = stringWidth(segment);
    if (used + next > width - 1) break;
    kept += segment;
    used += next;
  }
  return `${kept}…`;
}

/** `text` padded with spaces to `width` columns (never cut). */
export function padToWidth(text: string, width: number): string {
  const missing = width - stringWidth(text);
  return missing > 0 ? text + " ".repeat(missing) : text;
}

/** One line of a cell: line breaks and tabs become spaces, so a value never breaks a row. */
export function singleLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, " ");
}
