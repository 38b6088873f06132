import type * as z from "zod/mini";
import type { DocumentSymbol } from "./DocumentSymbol";
import { formatSymbol } from "./DocumentSymbol";
import type { PartialDocumentSymbol } from "./PartialSymbol";
import { formatPartialSymbol, parsePartialSymbolUnworded } from "./PartialSymbol";
import { wordedSymbolResult } from "./EnglishSymbolText";
import type { InvalidSymbol, SymbolRefusal } from "./SymbolError";
import type { SymbolParseOptions } from "./SymbolParser";
import { parseSymbolUnworded } from "./SymbolParser";
import { symbolTextSchema } from "./SymbolTextSchema";
import type { Result } from "../result/Result";

/**
 * A document named by its symbol: in full (`{ kind: "symbol" }`, "E/CN.15/2021/1") or with
 * its document number unknown (`{ kind: "partial" }`, "E/CN.15/2021/…").
 */
export type DocumentReference =
  | { readonly kind: "symbol"; readonly symbol: DocumentSymbol }
  | { readonly kind: "partial"; readonly partial: PartialDocumentSymbol };

/** The outcome of reading a document reference: the symbol, full or partial, or why not. */
export type DocumentReferenceResult = Result<DocumentReference, InvalidSymbol>;

/** Whether a text is written as a partial symbol: it holds "…" (or "..."). */
function looksPartial(text: string): boolean {
  return text.normalize("NFKC").includes("...");
}

/**
 * Reads a full or a partial document symbol. A text holding the ellipsis is read as a
 * partial symbol, anything else as a full one, so the error is the one for what the text
 * was meant to be.
 * @example
 * parseDocumentReference("E/CN.15/2021/1")  // { ok: true, value: { kind: "symbol", symbol } }
 * parseDocumentReference("E/CN.15/2021/…")  // { ok: true, value: { kind: "partial", partial } }
 */
export function parseDocumentReference(text: string, options: SymbolParseOptions = {}): DocumentReferenceResult {
  return wordedSymbolResult(parseDocumentReferenceUnworded(text, options));
}

/** {@link parseDocumentReference} with its refusal as data only (see `parseSymbolUnworded`). @internal */
export function parseDocumentReferenceUnworded(
  text: string,
  options: SymbolParseOptions = {},
): Result<DocumentReference, SymbolRefusal> {
  if (looksPartial(text)) {
    const result = parsePartialSymbolUnworded(text, options);
    return result.ok ? { ok: true, value: { kind: "partial", partial: result.value } } : result;
  }
  const result = parseSymbolUnworded(text, options);
  return result.ok ? { ok: true, value: { kind: "symbol", symbol: result.value } } : result;
}

/**
 * Renders a document reference in normalised form.
 * @example formatDocumentReference({ kind: "partial", partial }) // "E/CN.15/2021/…"
 */
export function formatDocumentReference(reference: DocumentReference): string {
  return reference.kind === "symbol" ? formatSymbol(reference.symbol) : formatPartialSymbol(reference.partial);
}

/**
 * Whether a stored reference is a partial symbol (its document number unknown): true for
 * "E/CN.15/2021/…", false for a full symbol or for a text that is no symbol at all.
 * @example isPartialReference("E/CN.15/2021/…") // true
 */
export function isPartialReference(text: string, options: SymbolParseOptions = {}): boolean {
  const result = parseDocumentReferenceUnworded(text, options);
  return result.ok && result.value.kind === "partial";
}

/**
 * A zod string schema for a document named by a full or a partial symbol, checked against
 * `referenceDate` (default: the time of parsing). Outputs the normalised form; a text that
 * is neither fails with one issue whose message is the parser's explanation.
 * @example documentReferenceTextAsOf(new Date("2021-06-01")).parse("e/cn.15/2021/...") // "E/CN.15/2021/…"
 */
export function documentReferenceTextAsOf(referenceDate?: Date) {
  return symbolTextSchema((text, options) => {
    const result = parseDocumentReferenceUnworded(text, options);
    return result.ok ? { ok: true, value: formatDocumentReference(result.value) } : result;
  }, referenceDate);
}

/**
 * A document named by its full symbol or by a partial symbol whose number is unknown, as
 * stored text: "E/CN.15/2021/1" and "E/CN.15/2021/…" are valid, "E/CN.15/2021/x" is not.
 * Use it where the dataset may know a document only up to its number (a report's own
 * symbol); `DocumentSymbolText` stays strict for symbols that must be complete.
 * @example DocumentReferenceText.parse("E/CN.15/2021/…") // "E/CN.15/2021/…"
 */
export const DocumentReferenceText = /* @__PURE__ */ documentReferenceTextAsOf();
/** A full or partial document symbol in normalised form. */
export type DocumentReferenceText = z.infer<typeof DocumentReferenceText>;
