/** Chinese numerals as UN Chinese writes sessions and meetings, for the report and the symbol explanations. */

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/**
 * A whole number from 1 to 99 in Chinese numerals, as sessions and meetings are counted
 * ("二十九", "三十", "七"); digits from 100 on.
 * @example chineseNumeral(29) // "二十九"
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? "" : (DIGITS[tens] ?? "")}十${units === 0 ? "" : (DIGITS[units] ?? "")}`;
}
