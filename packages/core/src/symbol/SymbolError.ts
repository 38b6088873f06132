import type { DocumentSymbol } from "./DocumentSymbol";

import type { SymbolPart } from "./SymbolPart";

export type { SymbolPart } from "./SymbolPart";

/**
 * Why a text is not a valid document symbol, precisely enough to fix it.
 * @example
 * // parseSymbol("A/624/123").error:
 * // { _tag: "InvalidSymbol", input: "A/624/123", part: "session", offset: 2,
 * //   reason: "the General Assembly has had no 624th session (…)", message: "…" }
 */
export interface SymbolError {
  readonly _tag: "InvalidSymbol";
  /** The text as given. */
  readonly input: string;
  /** The part of the symbol at fault. */
  readonly part: SymbolPart;
  /** The character offset in `input` (UTF-16 units, from 0) where the fault starts. */
  readonly offset: number;
  /** What is wrong, in a sentence fragment. */
  readonly reason: string;
  /** The whole explanation: where, what, and what a valid symbol looks like there. */
  readonly message: string;
}

/** The outcome of parsing a document symbol: its parts, or why it is invalid. */
export type SymbolParseResult =
  { readonly ok: true; readonly symbol: DocumentSymbol } | { readonly ok: false; readonly error: SymbolError };

const PART_LABELS: Readonly<Record<SymbolPart, string>> = {
  symbol: "symbol",
  segment: "segment",
  organ: "organ",
  series: "series component",
  category: "category",
  session: "session",
  year: "year",
  document: "document number",
  modifier: "modifier",
  country: "State party",
};

/**
 * Builds a {@link SymbolError}. `found` is the offending text, `hint` the expected form.
 * @internal
 */
export function symbolError(
  input: string,
  part: SymbolPart,
  offset: number,
  found: string,
  reason: string,
  hint?: string,
): SymbolError {
  const where = found === "" ? `${PART_LABELS[part]}` : `${PART_LABELS[part]} "${shown(found)}"`;
  const message =
    `"${shown(input)}" is not a valid document symbol: at character ${offset} (${where}), ${reason}.` +
    (hint === undefined ? "" : ` ${hint}`);
  return { _tag: "InvalidSymbol", input, part, offset, reason, message };
}

/** How much of an overlong input a message quotes: enough to recognise it, not a megabyte. */
const QUOTED_LENGTH = 60;

/** A text as a message quotes it: cut to `QUOTED_LENGTH` characters with "…" when longer. */
export function shown(text: string): string {
  return text.length <= QUOTED_LENGTH ? text : `${text.slice(0, QUOTED_LENGTH)}… (${text.length} characters)`;
}
