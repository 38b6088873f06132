import { countryNameIn } from "../report/PlaceNames";
import type { SymbolError } from "./SymbolError";
import { ENGLISH_SYMBOL_MESSAGES } from "./SymbolMessagesEn";
import type { SymbolSaid } from "./SymbolSaid";
import { sayRefusal, saySymbol, type SymbolWords } from "./SymbolWords";

const ENGLISH: SymbolWords = {
  catalog: { language: "en", messages: ENGLISH_SYMBOL_MESSAGES },
  country: (alpha3) => countryNameIn(alpha3, "en"),
};

/** A symbol message in English, the parser's own language (`formatSymbolSaid` words it in any). */
export function englishSymbolSaid(message: SymbolSaid): string {
  return saySymbol(message, ENGLISH);
}

/** A symbol's refusal in English, as its `message` reads (`formatSymbolErrorIn` words it in any language). */
export function englishSymbolError(error: Pick<SymbolError, "input" | "offset" | "part" | "wording">): string {
  return sayRefusal(error, ENGLISH);
}
