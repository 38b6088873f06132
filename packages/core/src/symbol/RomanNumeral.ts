const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** The largest number Roman numerals write without a bar: 3999, MMMCMXCIX. */
export const MAX_ROMAN_NUMERAL = 3999;

/**
 * Writes a number from 1 to {@link MAX_ROMAN_NUMERAL} in capital Roman numerals, in the one
 * usual form (subtractive pairs: `IV`, `XL`, `XC`): `61` → `LXI`.
 * @example formatRomanNumeral(61) // "LXI"
 */
export function formatRomanNumeral(value: number): string {
  let rest = value;
  let written = "";
  for (const [step, letters] of NUMERALS) {
    while (rest >= step) {
      written += letters;
      rest -= step;
    }
  }
  return written;
}

/**
 * Reads capital Roman numerals in their usual form, or `undefined` when the text is not
 * that form: `LXI` is 61, but `IIII`, `VX` and `lxi` are not read (a symbol has one
 * written form, and a reader that added up any letters would accept misprints).
 * @example readRomanNumeral("LXI") // 61
 */
export function readRomanNumeral(text: string): number | undefined {
  if (!/^[IVXLCDM]{1,15}$/.test(text)) return undefined;
  let value = 0;
  let at = 0;
  for (const [step, letters] of NUMERALS) {
    while (text.startsWith(letters, at)) {
      value += step;
      at += letters.length;
    }
  }
  return at === text.length && value <= MAX_ROMAN_NUMERAL && formatRomanNumeral(value) === text ? value : undefined;
}
