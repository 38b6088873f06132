import type * as z from "zod/mini";
import { formatSymbol } from "./DocumentSymbol";
import { parseSymbolUnworded } from "./SymbolParser";
import { symbolTextSchema } from "./SymbolTextSchema";

/**
 * A zod string schema for document symbols as they are stored: accepts a valid symbol in its
 * written form (strict, as {@link parseSymbol}); anything else fails with one issue whose
 * message is the parser's explanation (where, what, and the expected form). Repair typed
 * input with `normaliseSymbol` first when slips are expected. Sessions and years are checked
 * against `referenceDate`; without one, against the time of parsing.
 * @example documentSymbolTextAsOf(new Date("2021-06-01")).parse("A/RES/74/173")
 */
export function documentSymbolTextAsOf(referenceDate?: Date) {
  return symbolTextSchema((text, options) => {
    const result = parseSymbolUnworded(text, options);
    return result.ok ? { ok: true, value: formatSymbol(result.value) } : result;
  }, referenceDate);
}

/**
 * A document symbol stored as text, validated strictly by {@link parseSymbol}: "E/CN.15/2011/2"
 * and "S/RES/2532 (2020)" pass, "e/cn.15/2011/2" fails at character 0 (the written form is
 * upper case). Checks sessions and years against the time of parsing.
 * @example DocumentSymbolText.parse("A/RES/74/173") // "A/RES/74/173"
 */
export const DocumentSymbolText = documentSymbolTextAsOf();
/** A valid document symbol in normalised form. */
export type DocumentSymbolText = z.infer<typeof DocumentSymbolText>;
