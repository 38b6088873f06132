import type { Citation } from "./Citation";
import { CITATION_BODY_NAMES, formatCitation } from "./Citation";
import type { DocumentSymbol } from "./DocumentSymbol";
import { formatSymbol } from "./DocumentSymbol";

/**
 * The document symbol of a cited resolution or decision, when one exists by convention:
 * the symbol's parts and its normalised text; otherwise `symbol: null` and why.
 */
export type CitationSymbol =
  { readonly symbol: DocumentSymbol; readonly text: string } | { readonly symbol: null; readonly reason: string };

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
  const cited = formatCitation(citation, "en");
  if (citation.kind === "decision") {
    return {
      symbol: null,
      reason: `${cited} has no document symbol of its own: decisions of the ${CITATION_BODY_NAMES[citation.bodyId].en} are not issued as separate documents; cite the decision itself`,
    };
  }
  if (citation.bodyId === "ccpcj") {
    return {
      symbol: null,
      reason: `${cited} has no document symbol of its own: the Commission's resolutions are published in its session report; cite the resolution itself`,
    };
  }
  const symbol: DocumentSymbol =
    citation.bodyId === "ga"
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
  return { symbol, text: formatSymbol(symbol) };
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
    symbol.modifiers.length === 0;
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
