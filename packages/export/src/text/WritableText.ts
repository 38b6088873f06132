/**
 * Text without the characters that XML 1.0 and iCalendar cannot hold: C0 controls other
 * than tab, line feed and carriage return, DEL, U+FFFE, U+FFFF and unpaired surrogates.
 * Validation refuses them in records (core's ForbiddenCharacters), so a writer meets them
 * only in values a caller builds without validating; there is no escape for them in these
 * formats, and a file holding one is refused by Word, Excel and calendar clients, so each
 * writer drops them rather than write a file nothing opens.
 */

// Everything XML 1.0 allows (production [2] Char) but DEL; with the u flag a lone surrogate matches none.
const UNWRITABLE = /[^\t\n\r\u0020-\u007E\u0080-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// A cheap first look: most texts hold none of them and skip the slower Unicode-aware replacement.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const MAYBE_UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The text without the characters no XML or iCalendar file can hold.
 * @example writableText("Doha\u0000 2015\uFFFE") // "Doha 2015"
 */
export function writableText(text: string): string {
  return MAYBE_UNWRITABLE.test(text) ? text.replace(UNWRITABLE, "") : text;
}

/**
 * A copy of a value (a record, a report) with every string in it made writable; the value
 * itself when no string needed it.
 */
export function withWritableText<T>(value: T): T {
  if (typeof value === "string") return writableText(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => withWritableText(item));
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const safe = withWritableText(item);
      if (safe !== item) changed = true;
      return [key, safe] as const;
    });
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}
