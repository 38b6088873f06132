import { arabicOrdinal, type OrdinalCase } from "../text/ArabicWords";
import { chineseNumeral } from "../text/ChineseWords";
import { frenchFeminineOrdinal } from "../text/FrenchWords";
import type { Language } from "../text/Language";

/** The first number past the range the words are written for: above it, digits (`127e`, `第127届`). */
const WORDS_BELOW = 100;

// Masculine, as período takes them, shortened before it (primer, tercer) as UN Spanish writes them.
const ES_UNITS = ["", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];
const ES_TEENS = [
  "décimo",
  "undécimo",
  "duodécimo",
  "decimotercer",
  "decimocuarto",
  "decimoquinto",
  "decimosexto",
  "decimoséptimo",
  "decimoctavo",
  "decimonoveno",
];
const ES_TENS = [
  "",
  "",
  "vigésimo",
  "trigésimo",
  "cuadragésimo",
  "quincuagésimo",
  "sexagésimo",
  "septuagésimo",
  "octogésimo",
  "nonagésimo",
];

/** Spanish: the ordinal before "período de sesiones" (septuagésimo cuarto, trigésimo primer). */
function spanish(n: number): string {
  if (n < 10) return ES_UNITS[n] ?? "";
  if (n < 20) return ES_TEENS[n - 10] ?? "";
  const tens = ES_TENS[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? tens : `${tens} ${ES_UNITS[n % 10] ?? ""}`;
}

/**
 * A session's number as UN editing writes it in a language's running text, for the languages
 * that write it in words: Chinese 七十四 (the catalog adds 第…届), Arabic الرابعة والسبعون,
 * French soixante-quatorzième, Spanish septuagésimo cuarto. From 1 to 99; a larger number, and
 * English and Russian, keep the digits' form (74th, 127e, 127º). `undefined` for the languages
 * whose catalogs write the number themselves.
 * @example sessionOrdinalIn(74, "zh") // "七十四"
 * @example sessionOrdinalIn(74, "ar", "oblique") // "الرابعة والسبعين"
 */
export function sessionOrdinalIn(n: number, language: Language, form: OrdinalCase = "nominative"): string | undefined {
  const inWords = Number.isInteger(n) && n >= 1 && n < WORDS_BELOW;
  switch (language) {
    case "zh":
      return inWords ? chineseNumeral(n) : String(n);
    case "ar":
      return inWords ? arabicOrdinal(n, "feminine", form) : String(n);
    case "fr":
      return inWords ? frenchFeminineOrdinal(n) : n === 1 ? "1re" : `${n}e`;
    case "es":
      return inWords ? spanish(n) : `${n}º`;
    default:
      return undefined;
  }
}
