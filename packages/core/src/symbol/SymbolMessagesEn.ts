import { ENGLISH_SYMBOL_EXPLANATIONS } from "./SymbolExplanationsEn";
import { ENGLISH_SYMBOL_REFUSALS } from "./SymbolRefusalsEn";

/**
 * The symbol parser's refusals and explanations in English: the wording every
 * `InvalidSymbol.reason` and `SymbolPartExplained.meaning` is made from, and the keys and slots
 * the other five catalogs word in their languages. Slots hold codes, numbers and symbols as
 * written; a slot that is itself worded (an organ's name, a note) is given as a nested key.
 * English writes ordinals from `{nth}` ("74th"); the other languages from `{n}`.
 */
export const ENGLISH_SYMBOL_MESSAGES = { ...ENGLISH_SYMBOL_REFUSALS, ...ENGLISH_SYMBOL_EXPLANATIONS } as const;

/** The keys of the symbol messages. */
export type SymbolMessageKey = keyof typeof ENGLISH_SYMBOL_MESSAGES;
