/**
 * A text folded to the compatibility form (NFKC) character by character, remembering for
 * every folded character where it came from in the original input. Chinese and Japanese
 * texts write symbols with full-width letters, digits and slashes ("Ａ／ＲＥＳ／７４／１７３");
 * folding makes them ordinary ASCII, and the offsets let an error point at the character
 * the person actually typed.
 */
export interface NormalisedText {
  /** The input as given. */
  readonly input: string;
  /** The folded text: full-width forms become ASCII, ideographic spaces become spaces. */
  readonly text: string;
  /** The offset in `input` of the folded character at `index`; `text.length` maps to `input.length`. */
  readonly originOf: (index: number) => number;
}

/**
 * Folds a text to NFKC, one input character at a time, and keeps the offset map.
 * @example normaliseText("Ａ／64").text // "A/64"
 */
export function normaliseText(input: string): NormalisedText {
  let text = "";
  const origins: number[] = [];
  let offset = 0;
  for (const character of input) {
    const folded = character.normalize("NFKC");
    for (let i = 0; i < folded.length; i += 1) origins.push(offset);
    text += folded;
    offset += character.length;
  }
  origins.push(input.length);
  return {
    input,
    text,
    originOf: (index) => origins[Math.min(Math.max(index, 0), origins.length - 1)] ?? input.length,
  };
}

/** A stretch of a normalised text, with its folded content and its start in the folded text. */
export interface TextSpan {
  /** The folded characters of the span, with surrounding white space removed. */
  readonly text: string;
  /** Where the span starts in the folded text (after leading white space). */
  readonly start: number;
  /** Where the span ends in the folded text (before trailing white space). */
  readonly end: number;
}

/**
 * Splits a folded text on a separator, trimming white space around each piece. An empty
 * piece keeps the position where something was expected, so an error can point there.
 */
export function splitSpans(text: string, separator: string, from = 0, to = text.length): TextSpan[] {
  const spans: TextSpan[] = [];
  let pieceStart = from;
  for (let i = from; i <= to; i += 1) {
    if (i === to || text[i] === separator) {
      spans.push(trimSpan(text, pieceStart, i));
      pieceStart = i + 1;
    }
  }
  return spans;
}

/** The span of `text` between `start` and `end` without leading and trailing white space. */
export function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e -= 1;
  // An empty piece points where it began, not at whatever follows its blanks.
  if (s === e) return { text: "", start, end: start };
  return { text: text.slice(s, e), start: s, end: e };
}
