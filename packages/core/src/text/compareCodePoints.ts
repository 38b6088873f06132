/**
 * Compares two strings by Unicode code point, the order of their UTF-8 bytes: what SQLite's
 * BINARY collation and PostgreSQL's "C" collation sort by, so a sorted list reads the same
 * in memory and in SQL. JavaScript's `<` compares UTF-16 code units, which puts a character
 * beyond U+FFFF (a surrogate pair) before U+E000–U+FFFF; this does not.
 * @example ["𝔸", "\uFF21"].sort(compareCodePoints) // ["Ａ", "𝔸"]
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left === right) continue;
    // Only a surrogate against U+E000–U+FFFF disagrees with code point order: a surrogate
    // starts a code point above U+FFFF, so it is the larger.
    if (left >= 0xd800 && right >= 0xd800) {
      const leftSurrogate = left <= 0xdfff;
      const rightSurrogate = right <= 0xdfff;
      if (leftSurrogate !== rightSurrogate) return leftSurrogate ? 1 : -1;
    }
    return left < right ? -1 : 1;
  }
  return a.length - b.length === 0 ? 0 : a.length < b.length ? -1 : 1;
}
