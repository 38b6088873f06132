import type { DocumentSymbol } from "./DocumentSymbol";

import type { SymbolPart } from "./SymbolPart";
import type { SymbolSaid } from "./SymbolSaid";
import type { Result } from "../result/Result";

export type { SymbolPart } from "./SymbolPart";

/**
 * Why a text is not a valid document symbol, as data: where, which part, and what is wrong as
 * a message key with its values. What the parser yields inside core; a schema in a browser
 * bundle words it from a short table (`briefSymbolRefusal`), and {@link InvalidSymbol} is the
 * same with its English words, what the public parsers return.
 */
export interface SymbolRefusal {
  readonly _tag: "InvalidSymbol";
  /** The text as given. */
  readonly input: string;
  /** The part of the symbol at fault. */
  readonly part: SymbolPart;
  /** The character offset in `input` (UTF-16 units, from 0) where the fault starts. */
  readonly offset: number;
  /** The reason and hint as data, for wording the error in the reader's language (`formatSymbolErrorIn`). */
  readonly wording: SymbolErrorWording;
}

/**
 * Why a text is not a valid document symbol, precisely enough to fix it.
 * @example
 * // parseSymbol("A/624/123").error:
 * // { _tag: "InvalidSymbol", input: "A/624/123", part: "session", offset: 2,
 * //   reason: "the General Assembly has had no 624th session (…)", message: "…" }
 */
export interface InvalidSymbol extends SymbolRefusal {
  /** What is wrong, in a sentence fragment. */
  readonly reason: string;
  /** The whole explanation: where, what, and what a valid symbol looks like there. */
  readonly message: string;
}

/** The outcome of parsing a document symbol: its parts, or why it is invalid. */
export type SymbolParseResult = Result<DocumentSymbol, InvalidSymbol>;

/** What a symbol error says, as data: the reason and the hint, worded in any language by `formatSymbolErrorIn`. */
export interface SymbolErrorWording {
  readonly reason: SymbolSaid;
  readonly hint?: SymbolSaid;
  /** The offending text as typed, quoted where the error is placed; empty where something is missing. */
  readonly found: string;
}

/**
 * Builds a {@link SymbolRefusal}. `found` is the offending text, `hint` the expected form; the
 * public parsers word it in English (`wordedSymbolError`) before they return it.
 * @internal
 */
export function symbolRefusal(
  input: string,
  part: SymbolPart,
  offset: number,
  found: string,
  reason: SymbolSaid,
  hint?: SymbolSaid,
): SymbolRefusal {
  const wording: SymbolErrorWording = hint === undefined ? { reason, found } : { reason, hint, found };
  return { _tag: "InvalidSymbol", input, part, offset, wording };
}

export { shown } from "./ShownText";
