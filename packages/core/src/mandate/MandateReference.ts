import * as z from "zod";
import { citationToSymbol, formatSymbol, parseCitation, parseSymbol } from "../symbol";

/** Why a text is neither a document symbol nor a citation of a resolution or decision. */
export interface InvalidMandateReference {
  readonly _tag: "InvalidMandateReference";
  readonly input: string;
  /** Why it is not a document symbol, from the symbol parser. */
  readonly asSymbol: string;
  /** Why it is not a citation, from the citation parser. */
  readonly asCitation: string;
  readonly message: string;
}

/** The outcome of reading a mandate reference. */
export type MandateReferenceResult =
  | { readonly ok: true; readonly reference: string }
  | { readonly ok: false; readonly error: InvalidMandateReference };

/**
 * Reads how a mandate is named: its document symbol ("A/RES/74/173", normalised by the
 * symbol parser) or, for a resolution or decision without a symbol of its own, its
 * citation ("GA decision 74/567", "CCPCJ resolution 22/8"), trimmed. The error says why
 * the text is neither.
 * @example readMandateReference(" A/RES/74/173 ") // { ok: true, reference: "A/RES/74/173" }
 */
export function readMandateReference(text: string): MandateReferenceResult {
  const trimmed = text.trim();
  const symbol = parseSymbol(trimmed);
  if (symbol.ok) return { ok: true, reference: formatSymbol(symbol.symbol) };
  const citation = parseCitation(trimmed);
  if (citation.ok) return { ok: true, reference: trimmed.replace(/\s+/g, " ") };
  return {
    ok: false,
    error: {
      _tag: "InvalidMandateReference",
      input: text,
      asSymbol: symbol.error.message,
      asCitation: citation.error.message,
      message: `"${text}" names no mandate: as a document symbol, ${symbol.error.message}; as a citation, ${citation.error.message}. Write a symbol such as "A/RES/74/173" or a citation such as "GA decision 74/567".`,
    },
  };
}

/**
 * How a stored record names a mandate: a document symbol or a citation, validated by the
 * symbol helper's parsers and stored in normalised form.
 * @example MandateReference.parse("GA decision 74/567") // "GA decision 74/567"
 */
export const MandateReference = z.string().transform((text, context) => {
  const result = readMandateReference(text);
  if (result.ok) return result.reference;
  context.addIssue({ code: "custom", input: text, message: result.error.message });
  return z.NEVER;
});
/** A document symbol or a citation of a resolution or decision, normalised. */
export type MandateReference = z.infer<typeof MandateReference>;

/**
 * The key under which two references to the same mandate compare equal: a citation that
 * maps to a symbol ("GA resolution 74/173") is keyed by that symbol ("A/RES/74/173");
 * other citations by their words, case and spacing ignored.
 * @example referenceKey("GA resolution 74/173") === referenceKey("A/RES/74/173")
 */
export function referenceKey(reference: string): string {
  const trimmed = reference.trim();
  const symbol = parseSymbol(trimmed);
  if (symbol.ok) return formatSymbol(symbol.symbol);
  const citation = parseCitation(trimmed);
  if (citation.ok) {
    const mapped = citationToSymbol(citation.citation);
    if (mapped !== undefined) return formatSymbol(mapped);
  }
  return trimmed.replace(/\s+/g, " ").toLowerCase();
}
