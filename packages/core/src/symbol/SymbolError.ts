import type { DocumentSymbol } from "./DocumentSymbol";

/**
 * Which part of a symbol an error is about: the whole `symbol` (empty input), a
 * `segment` between slashes (empty, or holding a stray character), the `organ`, a
 * `series` component (`CN.15`), the `category` (`RES`), the `session` or `year`, the
 * `document` designation (`173`, `L.5`), or a final `modifier` (`Rev.1`).
 */
export type SymbolPart =
  "symbol" | "segment" | "organ" | "series" | "category" | "session" | "year" | "document" | "modifier";

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
  const where = found === "" ? `${PART_LABELS[part]}` : `${PART_LABELS[part]} "${found}"`;
  const message =
    `"${input}" is not a valid document symbol: at character ${offset} (${where}), ${reason}.` +
    (hint === undefined ? "" : ` ${hint}`);
  return { _tag: "InvalidSymbol", input, part, offset, reason, message };
}
