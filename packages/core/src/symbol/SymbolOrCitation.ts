import type { Result } from "../result/Result";
import { formatCitation, wordedCitationError, type CitationRefusal } from "./Citation";
import { parseCitationUnworded } from "./CitationParser";
import { citedResolutionSymbol } from "./CitationSymbol";
import { formatSymbol } from "./DocumentSymbol";
import { wordedSymbolError } from "./EnglishSymbolText";
import type { SymbolRefusal } from "./SymbolError";
import { citationRefusalPlace, symbolRefusalPlace } from "./SymbolRefusalBrief";

/**
 * Why a text names no document, as data: what the symbol parser and the citation parser each
 * refused it for (a source or mandate reference's refusal, in a schema issue's `params`);
 * `formatSymbolErrorIn` and `formatCitationErrorIn` word each part in six languages.
 */
export interface SymbolOrCitationRefusal {
  readonly asSymbol: SymbolRefusal;
  readonly asCitation: CitationRefusal;
}

/**
 * Reads a text that names a document as a symbol (read by `readSymbol`, which says what a
 * symbol may be here) or else as a citation, in one canonical form: a cited resolution as the
 * symbol it has by convention, any other citation in short English form. @internal
 */
export function readSymbolOrCitation(
  text: string,
  readSymbol: (text: string) => Result<string, SymbolRefusal>,
): Result<string, SymbolOrCitationRefusal> {
  const symbol = readSymbol(text);
  if (symbol.ok) return symbol;
  const citation = parseCitationUnworded(text);
  if (citation.ok) {
    const issued = citedResolutionSymbol(citation.value);
    return {
      ok: true,
      value: issued === undefined ? formatCitation(citation.value, "en", { short: true }) : formatSymbol(issued),
    };
  }
  return { ok: false, error: { asSymbol: symbol.error, asCitation: citation.error } };
}

/**
 * A schema's refusal in a sentence: where the text stops being a symbol and a citation (the
 * short words, which bundle without the parsers' explanations), and what to write instead.
 * @internal
 */
export function briefSymbolOrCitationRefusal(
  text: string,
  named: string,
  refusal: SymbolOrCitationRefusal,
  whatToWrite: string,
): string {
  return (
    `"${text}" names no ${named}: as a document symbol, ${symbolRefusalPlace(refusal.asSymbol)}; ` +
    `as a citation, ${citationRefusalPlace(refusal.asCitation)}. ${whatToWrite}`
  );
}

/** Both parsers' reasons in full English words, and the sentence that gives them. @internal */
export function wordedSymbolOrCitationRefusal(
  text: string,
  named: string,
  refusal: SymbolOrCitationRefusal,
  whatToWrite: string,
): { readonly asSymbol: string; readonly asCitation: string; readonly message: string } {
  const asSymbol = wordedSymbolError(refusal.asSymbol).message;
  const asCitation = wordedCitationError(refusal.asCitation).message;
  return {
    asSymbol,
    asCitation,
    message: `"${text}" names no ${named}. As a document symbol: ${asSymbol} As a citation: ${asCitation} ${whatToWrite}`,
  };
}
