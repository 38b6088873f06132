import { countryNameIn } from "../report/PlaceNames";
import type { Language } from "../text/Language";
import { sessionOrdinalIn } from "./OrdinalWords";
import type { SymbolRefusal } from "./SymbolError";
import type { SymbolRepair } from "./SymbolNormalisation";
import { SYMBOL_MESSAGE_CATALOGS } from "./SymbolMessages";
import type { SymbolSaid } from "./SymbolSaid";
import { sayRefusal, saySymbol, type SymbolWords } from "./SymbolWords";

function wordsIn(language: Language): SymbolWords {
  return {
    catalog: SYMBOL_MESSAGE_CATALOGS[language],
    country: (alpha3) => countryNameIn(alpha3, language),
    ordinal: (n, form) => sessionOrdinalIn(n, language, form),
  };
}

/**
 * A symbol message in words, in one of the six languages; a message inside a slot is worded
 * first.
 * @example formatSymbolSaid({ key: "organ", values: { organ: "A" } }, "fr") // "l’Assemblée générale"
 */
export function formatSymbolSaid(message: SymbolSaid, language: Language): string {
  return saySymbol(message, wordsIn(language));
}

/**
 * A symbol's refusal in a reader's language: where (character offset and part), what is
 * wrong, and what a valid symbol looks like there. English is the error's own `message`. Takes
 * a `InvalidSymbol` or the refusal a schema's issue carries as its `params`.
 * @example formatSymbolErrorIn(parseSymbol("A/624/123").error, "ru") // "«A/624/123» не является …"
 */
export function formatSymbolErrorIn(error: SymbolRefusal, language: Language): string {
  return sayRefusal(error, wordsIn(language));
}

// How the reasons of one repair are joined: the comma each language writes between clauses.
const REASON_SEPARATOR: Readonly<Record<Language, string>> = {
  ar: "، ",
  zh: "，",
  en: ", ",
  fr: ", ",
  ru: ", ",
  es: ", ",
};

/**
 * What `normaliseSymbol` changed in one place, in a reader's language.
 * @example
 * const read = normaliseSymbol("a/res/74/173");
 * if (read.ok) formatSymbolRepairIn(read.value.repairs[0], "fr"); // "a écrit les lettres dans la casse de la cote"
 */
export function formatSymbolRepairIn(repair: SymbolRepair, language: Language): string {
  return repair.wording.map((reason) => formatSymbolSaid(reason, language)).join(REASON_SEPARATOR[language]);
}
