import type * as z from "zod";
import { formatSymbol } from "./DocumentSymbol";
import type { SymbolParseOptions } from "./SymbolParser";
import { parseSymbol } from "./SymbolParser";
import { symbolTextSchema } from "./SymbolTextSchema";

/**
 * Normalises a symbol text: the formatted form of its parse, or `undefined` when the text
 * is not a valid symbol.
 * @example normaliseSymbol(" a/res/74/173 ") // "A/RES/74/173"
 */
export function normaliseSymbol(text: string, options: SymbolParseOptions = {}): string | undefined {
  const result = parseSymbol(text, options);
  return result.ok ? formatSymbol(result.symbol) : undefined;
}

/**
 * A zod string schema for document symbols as they are stored: accepts any valid symbol and
 * outputs its normalised form; an invalid symbol fails with one issue whose message is the
 * parser's explanation (where, what, and the expected form). Sessions and years are checked
 * against `referenceDate`; without one, against the time of parsing.
 * @example documentSymbolTextAsOf(new Date("2021-06-01")).parse("A/RES/74/173")
 */
export function documentSymbolTextAsOf(referenceDate?: Date) {
  return symbolTextSchema((text, options) => {
    const result = parseSymbol(text, options);
    return result.ok ? { ok: true, text: formatSymbol(result.symbol) } : result;
  }, referenceDate);
}

/**
 * A document symbol stored as text: validated by {@link parseSymbol} and normalised by
 * {@link formatSymbol} ("e/cn.15/2011/2" → "E/CN.15/2011/2", "Ａ／ＲＥＳ／７４／１７３" →
 * "A/RES/74/173"). Checks sessions and years against the time of parsing.
 * @example DocumentSymbolText.parse(" a/res/74/173 ") // "A/RES/74/173"
 */
export const DocumentSymbolText = documentSymbolTextAsOf();
/** A valid document symbol in normalised form. */
export type DocumentSymbolText = z.infer<typeof DocumentSymbolText>;
