import type { Citation } from "./Citation";
import { citationNumber } from "./Citation";
import { englishSymbolSaid } from "./EnglishSymbolText";
import { said, type SymbolSaid } from "./SymbolSaid";
import type { DocumentSymbol } from "./DocumentSymbol";
import { formatSymbol } from "./DocumentSymbol";

/**
 * The document symbol of a cited resolution or decision, when one exists by convention:
 * the symbol's parts and its normalised text; otherwise `symbol: null` and why.
 */
export type CitationSymbol =
  | { readonly symbol: DocumentSymbol; readonly text: string }
  | {
      readonly symbol: null;
      /** Why, in English. */
      readonly reason: string;
      /** Why, as a message, for wording it in the reader's language (`formatSymbolSaid`). */
      readonly wording: SymbolSaid;
    };

/**
 * The symbol under which a cited resolution is issued, by convention: a General Assembly
 * resolution n/m is `A/RES/n/m`, an Economic and Social Council resolution y/m is
 * `E/RES/y/m`. Decisions, and the Commission's resolutions, are not issued under a symbol
 * of their own (they appear in the body's records or report), so the answer is
 * `symbol: null` with the reason; cite them by their citation instead.
 * @example
 * citationToSymbol({ bodyId: "ga", kind: "resolution", session: 74, number: 173 }).text // "A/RES/74/173"
 * citationToSymbol({ bodyId: "ga", kind: "decision", session: 74, number: 567 }).symbol  // null
 */
export function citationToSymbol(citation: Citation): CitationSymbol {
  const symbol = citedResolutionSymbol(citation);
  if (symbol !== undefined) return { symbol, text: formatSymbol(symbol) };
  // The citation inside the note is worded too: "résolution 26/4 de la Commission …".
  const cited = said("citation", {
    bodyId: citation.bodyId,
    body: said("mean.citationBody", { body: citation.bodyId }),
    kind: citation.kind,
    number: citationNumber(citation),
  });
  const wording =
    citation.kind === "decision"
      ? said("citation.noSymbolDecision", {
          citation: cited,
          body: said("mean.citationBody", { body: citation.bodyId }),
        })
      : said("citation.noSymbolCommission", { citation: cited });
  return { symbol: null, reason: englishSymbolSaid(wording), wording };
}

/**
 * The symbol a cited resolution is issued under (see {@link citationToSymbol}), or `undefined`
 * for a decision or a resolution of the Commission, without wording why. @internal
 */
export function citedResolutionSymbol(citation: Citation): DocumentSymbol | undefined {
  if (citation.kind === "decision" || citation.bodyId === "ccpcj") return undefined;
  return citation.bodyId === "ga"
    ? {
        organ: "A",
        series: [],
        category: "RES",
        period: { kind: "session", session: citation.session },
        document: { number: citation.number },
        modifiers: [],
      }
    : {
        organ: "E",
        series: [],
        category: "RES",
        period: { kind: "year", year: citation.year },
        document: { number: citation.number },
        modifiers: [],
      };
}

/**
 * The citation of a resolution symbol, the converse of {@link citationToSymbol}:
 * `A/RES/74/173` is General Assembly resolution 74/173, `E/RES/2019/19` Economic and
 * Social Council resolution 2019/19. Any other symbol (a report, a draft, a revision of a
 * resolution) is not a citation of a resolution: `undefined`.
 * @example symbolToCitation(parsed("E/RES/2019/19")) // { bodyId: "ecosoc", kind: "resolution", year: 2019, number: 19 }
 */
export function symbolToCitation(symbol: DocumentSymbol): Citation | undefined {
  const plain =
    symbol.category === "RES" &&
    symbol.series.length === 0 &&
    symbol.document.type === undefined &&
    symbol.modifiers.length === 0 &&
    // A part of a resolution (`A/RES/72/255 A`) is not the resolution a citation names.
    symbol.resolutionPart === undefined;
  if (!plain || symbol.period === undefined) return undefined;
  const number = symbol.document.number;
  if (symbol.organ === "A" && symbol.period.kind === "session") {
    return { bodyId: "ga", kind: "resolution", session: symbol.period.session, number };
  }
  if (symbol.organ === "E" && symbol.period.kind === "year") {
    return { bodyId: "ecosoc", kind: "resolution", year: symbol.period.year, number };
  }
  return undefined;
}
