import { arabicOrdinal, type OrdinalCase } from "../text/ArabicWords";
import type { Language } from "../text/Language";

/** The first number past the range the words are written for: above it, digits (`127e`, `第127届`). */
const WORDS_BELOW = 100;

const ZH_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Chinese: the number in words, which the catalog puts between 第 and 届 (第七十四届会议). */
function chinese(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = ZH_DIGITS[n % 10] ?? "";
  if (tens === 0) return ones;
  return `${tens === 1 ? "" : (ZH_DIGITS[tens] ?? "")}十${ones}`;
}

const FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
const FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"];
const FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

/** French cardinal 1–99 in the traditional spelling the UN keeps (soixante et onze, quatre-vingt-un). */
function frenchCardinal(n: number): string {
  if (n < 10) return FR_UNITS[n] ?? "";
  if (n < 20) return FR_TEENS[n - 10] ?? "";
  if (n >= 80) return n === 80 ? "quatre-vingts" : `quatre-vingt-${frenchCardinal(n - 80)}`;
  const tens = Math.floor(n / 10) >= 7 ? 6 : Math.floor(n / 10);
  const rest = n - tens * 10;
  const name = FR_TENS[tens] ?? "";
  if (rest === 0) return name;
  if (rest === 1 || rest === 11) return `${name} et ${frenchCardinal(rest)}`;
  return `${name}-${frenchCardinal(rest)}`;
}

/** French: the feminine ordinal session takes (première, soixante-quatorzième, vingt et unième). */
function french(n: number): string {
  if (n === 1) return "première";
  const cardinal = frenchCardinal(n).replace(/quatre-vingts$/, "quatre-vingt");
  if (cardinal.endsWith("cinq")) return `${cardinal}uième`;
  if (cardinal.endsWith("neuf")) return `${cardinal.slice(0, -1)}vième`;
  return `${cardinal.replace(/e$/, "")}ième`;
}

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
      return inWords ? chinese(n) : String(n);
    case "ar":
      return inWords ? arabicOrdinal(n, "feminine", form) : String(n);
    case "fr":
      return inWords ? french(n) : n === 1 ? "1re" : `${n}e`;
    case "es":
      return inWords ? spanish(n) : `${n}º`;
    default:
      return undefined;
  }
}
