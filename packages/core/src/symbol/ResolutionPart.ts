import type { DocumentSymbol } from "./DocumentSymbol";
import { said, type SymbolSaid } from "./SymbolSaid";

/** What decides where a resolution's part may be lettered: the symbol's parts before its suffix. */
export type PartHolder = Pick<
  DocumentSymbol,
  | "organ"
  | "series"
  | "category"
  | "period"
  | "specialSession"
  | "country"
  | "document"
  | "modifiers"
  | "adoptionYear"
  | "adoptionSession"
  | "adoptionSpecialSession"
>;

/**
 * Whether a symbol is a General Assembly resolution of a regular session from the 31st on,
 * `A/RES/session/n` with nothing else around the number: the form whose parts are lettered
 * after it (`A/RES/72/255 A`, `A/RES/60/247 A-C`).
 */
function isSessionResolution(symbol: PartHolder): boolean {
  return (
    symbol.organ === "A" &&
    symbol.category === "RES" &&
    symbol.series.length === 0 &&
    symbol.period?.kind === "session" &&
    symbol.specialSession === undefined &&
    symbol.country === undefined &&
    symbol.document.type === undefined &&
    symbol.document.last === undefined &&
    symbol.document.year === undefined &&
    symbol.modifiers.length === 0 &&
    symbol.adoptionYear === undefined
  );
}

/**
 * Why a resolution's part (`first`) and the last part of a range (`last`) cannot be lettered
 * on this symbol, or `undefined`: one letter before a session in Roman numerals
 * (`A/RES/2200 A (XXI)`), or one letter or a range of letters, from the earlier to the later,
 * after a General Assembly resolution of a regular session (`A/RES/72/255 A`,
 * `A/RES/60/247 A-C`), as the Assembly issues them.
 */
export function resolutionPartFault(
  symbol: PartHolder,
  first: string,
  last: string | undefined,
): { readonly at: "first" | "last"; readonly reason: SymbolSaid } | undefined {
  const roman = symbol.adoptionSession !== undefined || symbol.adoptionSpecialSession !== undefined;
  if (roman) return last === undefined ? undefined : { at: "last", reason: said("partNotHere") };
  if (!isSessionResolution(symbol)) return { at: "first", reason: said("partNotHere") };
  if (last !== undefined && last <= first) {
    return { at: "last", reason: said("partRangeBackwards", { text: `${first}-${last}` }) };
  }
  return undefined;
}
