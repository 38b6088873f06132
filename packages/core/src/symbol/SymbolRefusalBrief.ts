import type { CitationRefusal } from "./Citation";
import type { SymbolPart, SymbolRefusal } from "./SymbolError";
import { BRIEF_SYMBOL_REASONS } from "./SymbolRefusalReasons";
import type { SymbolSaid } from "./SymbolSaid";
import { shown } from "./ShownText";

// A schema's issue about a symbol is worded from short tables, not from the parser's
// explanations (SymbolRefusalsEn.ts): those are most of what a browser bundle of a record's
// schema would otherwise carry. The issue keeps the refusal as data, so a reader who wants the
// whole explanation (the values, the hint) gets it in their language from `formatSymbolErrorIn`.
// The part's name is the explanation's own (a test holds the two equal).

/** A symbol's part as the refusals name it. @internal */
export const SYMBOL_PART_WORDS: Readonly<Record<SymbolPart, string>> = {
  symbol: "symbol",
  segment: "segment",
  organ: "organ",
  series: "series component",
  category: "category",
  session: "session",
  year: "year",
  document: "document number",
  modifier: "modifier",
  country: "State party",
};

/** What is wrong and where: `a session the General Assembly has not had at character 2 (session "624")`. */
function place(reason: SymbolSaid, offset: number, part: string, found: string): string {
  const what = Object.hasOwn(BRIEF_SYMBOL_REASONS, reason.key)
    ? BRIEF_SYMBOL_REASONS[reason.key as keyof typeof BRIEF_SYMBOL_REASONS]
    : "not valid";
  return `${what} at character ${offset} (${found === "" ? part : `${part} "${shown(found)}"`})`;
}

/**
 * What is wrong with a text as a symbol, in a few English words, and where: its character
 * offset and the part there, with the text found in it.
 * @example symbolRefusalPlace(refusal) // 'a session the General Assembly has not had at character 2 (session "624")'
 * @internal
 */
export function symbolRefusalPlace(refusal: SymbolRefusal): string {
  return place(refusal.wording.reason, refusal.offset, SYMBOL_PART_WORDS[refusal.part], refusal.wording.found);
}

/**
 * What is wrong with a text as a citation, in a few English words, and where: its character
 * offset and the part there, named by its code as a citation's refusal names it. @internal
 */
export function citationRefusalPlace(refusal: CitationRefusal): string {
  return place(refusal.wording.reason, refusal.offset, refusal.part, "");
}

/**
 * A symbol's refusal in a sentence, as a schema's issue says it: the text, what is wrong with
 * it and where.
 * @example briefSymbolRefusal(refusal) // '"A/624/123" is not a valid document symbol: a session the General Assembly has not had at character 2 (session "624")'
 * @internal
 */
export function briefSymbolRefusal(refusal: SymbolRefusal): string {
  return `"${shown(refusal.input)}" is not a valid document symbol: ${symbolRefusalPlace(refusal)}`;
}
