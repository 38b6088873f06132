/** French numbers in words as UN French writes counts and sessions, for the report and the symbol explanations. */

const UNITS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
];
const TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];

/**
 * A whole number from 0 to 99 in French words, with the 1990 spelling's hyphens left out
 * as UN French leaves them ("vingt et un", "soixante-dix", "quatre-vingts").
 * @example frenchCardinal(29) // "vingt-neuf"
 */
export function frenchCardinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n <= 16) return UNITS[n] ?? String(n);
  if (n < 20) return `dix-${UNITS[n - 10] ?? ""}`;
  if (n < 70) {
    const tens = TENS[Math.floor(n / 10)] ?? "";
    const unit = n % 10;
    if (unit === 0) return tens;
    return unit === 1 ? `${tens} et un` : `${tens}-${UNITS[unit] ?? ""}`;
  }
  if (n < 80) return n === 71 ? "soixante et onze" : `soixante-${frenchCardinal(n - 60)}`;
  if (n === 80) return "quatre-vingts";
  return `quatre-vingt-${frenchCardinal(n - 80)}`;
}

/**
 * An ordinal in French words, as UN French writes sessions ("vingt-neuvième session",
 * "trentième session"); "premier" for 1, digits with "e" from 100 on.
 * @example frenchOrdinal(30) // "trentième"
 */
export function frenchOrdinal(n: number): string {
  if (n === 1) return "premier";
  if (!Number.isInteger(n) || n < 1 || n >= 100) return `${n}e`;
  const word = frenchCardinal(n).replace(/(vingt|cent)s$/u, "$1");
  if (word.endsWith("cinq")) return `${word}uième`;
  if (word.endsWith("neuf")) return `${word.slice(0, -1)}vième`;
  if (word.endsWith("e")) return `${word.slice(0, -1)}ième`;
  return `${word}ième`;
}

/**
 * The ordinal a feminine noun takes, as a session or a meeting (réunion): "première session",
 * "trentième session"; the others are the same in both genders.
 * @example frenchFeminineOrdinal(1) // "première"
 */
export function frenchFeminineOrdinal(n: number): string {
  return n === 1 ? "première" : frenchOrdinal(n);
}
