/**
 * Arabic words UN documents write in running text, one definition for the report, the dates
 * of listings and the explanations of symbols.
 */

/** The months as UN Arabic names them: the Levantine name, then the one used in Egypt and the Maghreb ("أيار/مايو"). */
export const ARABIC_MONTHS: readonly string[] = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيه",
  "تموز/يوليه",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
];

/**
 * Whether an Arabic ordinal stands as subject (`nominative`: "الدورة الرابعة والسبعون") or after
 * a preposition (`oblique`: "في الدورة الرابعة والسبعين"); the tens change their ending.
 */
export type OrdinalCase = "nominative" | "oblique";

const FEMININE_UNITS = [
  "",
  "الأولى",
  "الثانية",
  "الثالثة",
  "الرابعة",
  "الخامسة",
  "السادسة",
  "السابعة",
  "الثامنة",
  "التاسعة",
  "العاشرة",
];
const MASCULINE_UNITS = [
  "",
  "الأول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
];
const TENS = ["", "", "العشر", "الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثمان", "التسع"];

/**
 * An Arabic ordinal in words with the article, feminine for a session (الدورة الثلاثون,
 * الدورة التاسعة والعشرون) or masculine for a meeting (الاجتماع السابع); the tens end in ون,
 * or in ين after a preposition (`oblique`). Digits from 100 on.
 * @example arabicOrdinal(29, "feminine") // "التاسعة والعشرون"
 * @example arabicOrdinal(74, "feminine", "oblique") // "الرابعة والسبعين"
 */
export function arabicOrdinal(n: number, gender: "feminine" | "masculine", form: OrdinalCase = "nominative"): string {
  const units = gender === "feminine" ? FEMININE_UNITS : MASCULINE_UNITS;
  if (!Number.isInteger(n) || n < 1 || n >= 100) return String(n);
  if (n <= 10) return units[n] ?? String(n);
  const unit = n % 10;
  const first = unit === 1 ? (gender === "feminine" ? "الحادية" : "الحادي") : (units[unit] ?? "");
  if (n < 20) return `${first} ${gender === "feminine" ? "عشرة" : "عشر"}`;
  const tens = `${TENS[Math.floor(n / 10)] ?? ""}${form === "oblique" ? "ين" : "ون"}`;
  return unit === 0 ? tens : `${first} و${tens}`;
}
