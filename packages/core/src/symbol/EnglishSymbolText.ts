import { countryName } from "../geo/Country";
import { countryNameIn } from "../report/PlaceNames";
import type { SymbolError } from "./SymbolError";
import { ENGLISH_SYMBOL_EXPLANATIONS } from "./SymbolExplanationsEn";
import { ENGLISH_SYMBOL_REFUSALS } from "./SymbolRefusalsEn";
import type { SymbolSaid } from "./SymbolSaid";
import { sayRefusal, saySymbol, type SymbolWords } from "./SymbolWords";

// The refusals alone: the parser and the schemas word only these, so a browser bundle of a
// schema does not carry what explanations and repairs say. No refusal names a country (only an
// explanation names a State party), so the refusals name one by M49's English name and leave
// the six-language table of UN short names to the explanations.
const REFUSALS: SymbolWords = {
  catalog: { language: "en", messages: ENGLISH_SYMBOL_REFUSALS },
  country: (alpha3) => countryName(alpha3) ?? alpha3,
};

const REPAIRS: SymbolWords = {
  catalog: { language: "en", messages: ENGLISH_SYMBOL_EXPLANATIONS },
  country: (alpha3) => countryNameIn(alpha3, "en"),
};

/** A refusal's message (a reason, a hint, a citation named in one) in English, the parser's own language (`formatSymbolSaid` words it in any). */
export function englishSymbolSaid(message: SymbolSaid): string {
  return saySymbol(message, REFUSALS);
}

/** A symbol's refusal in English, as its `message` reads (`formatSymbolErrorIn` words it in any language). */
export function englishSymbolError(error: Pick<SymbolError, "input" | "offset" | "part" | "wording">): string {
  return sayRefusal(error, REFUSALS);
}

/** What a repair changed, in English (`formatSymbolRepairIn` words it in any language). */
export function englishSymbolRepair(message: SymbolSaid): string {
  return saySymbol(message, REPAIRS);
}
