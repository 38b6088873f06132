/**
 * How many terminal columns text takes: East Asian wide and full-width characters take two,
 * combining marks, joiners and directional marks none, everything else one. Counted per
 * grapheme, so "é" written as e + U+0301 is one column and an emoji sequence two. Text is
 * never reordered or re-shaped: Arabic stays in its logical order for the terminal's own
 * bidirectional layout.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** Whether a code point is East Asian wide or full-width (UAX #11, the common ranges). */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  const first = grapheme.codePointAt(0) ?? 0;
  if (first < 0x20 || (first >= 0x7f && first < 0xa0)) return 0;
  if (isWide(first) || (EMOJI.test(grapheme) && grapheme.length > 1)) return 2;
  return 1;
}

/**
 * The number of terminal columns `text` takes.
 * @example displayWidth("讨论指南") // 8
 */
export function displayWidth(text: string): number {
  let width = 0;
  // ASCII is by far the common case: one column per character, no segmentation needed.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/**
 * `text` cut to at most `width` columns, ending in "…" when it was cut; whole graphemes only,
 * so a wide character or an Arabic letter with its marks is never split.
 * @example truncateToWidth("Protecting children in a digital age", 12) // "Protecting …"
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let used = 0;
  let kept = "";
  for (const { segment } of segmenter.segment(text)) {
    const next = graphemeWidth(segment);
    if (used + next > width - 1) break;
    kept += segment;
    used += next;
  }
  return `${kept}…`;
}

/** `text` padded with spaces to `width` columns (never cut). */
export function padToWidth(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + " ".repeat(missing) : text;
}

/** One line of a cell: line breaks and tabs become spaces, so a value never breaks a row. */
export function singleLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, " ");
}
