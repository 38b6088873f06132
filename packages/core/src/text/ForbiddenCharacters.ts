/**
 * Characters no stored text may hold, whatever its kind or field: C0 control characters
 * other than tab, line feed and carriage return (NUL, BEL, ESC …), the noncharacters
 * U+FFFE and U+FFFF, and lone UTF-16 surrogates. XML 1.0 forbids all of them, so a DOCX,
 * XLSX or IATI file holding one is refused by the programs that open it; PostgreSQL refuses
 * NUL in text; a lone surrogate cannot be encoded as UTF-8 and comes back as U+FFFD. Refusing
 * them once, at validation, means no writer and no store ever sees them (probe defects 3, 4, 10).
 */

/** One forbidden character in a record: the field it is in and where in that field. */
export interface ForbiddenCharacter {
  /** The field path inside the record, e.g. ["title", "en"]. */
  readonly path: readonly (string | number)[];
  /** The character offset in the field's text (UTF-16 units, from 0). */
  readonly offset: number;
  /** The character as `U+XXXX`, with its name when it has a common one. */
  readonly character: string;
}

const NAMES: Readonly<Record<number, string>> = {
  0x00: "NUL",
  0x07: "BEL",
  0x08: "backspace",
  0x0b: "vertical tab",
  0x0c: "form feed",
  0x1b: "ESC",
  0xfffe: "a noncharacter",
  0xffff: "a noncharacter",
};

function describe(code: number, lone: boolean): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (lone) return `${hex} (a lone surrogate, half of a character)`;
  const name = NAMES[code] ?? (code < 0x20 ? "a control character" : undefined);
  return name === undefined ? hex : `${hex} (${name})`;
}

/**
 * A forbidden character (see `firstForbiddenCharacter`): a C0 control but tab, line feed and
 * carriage return, U+FFFE or U+FFFF, a high surrogate not followed by a low one, or a low
 * surrogate not preceded by a high one.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first forbidden character of a text, or `undefined`. Linear in the text's length.
 * @example firstForbiddenCharacter("Doha\u0000") // { offset: 4, character: "U+0000 (NUL)" }
 */
export function firstForbiddenCharacter(text: string): { offset: number; character: string } | undefined {
  // The pattern that tells whether a text holds one also says where: the leftmost match.
  const match = FORBIDDEN.exec(text);
  if (match === null) return undefined;
  const code = text.charCodeAt(match.index);
  return { offset: match.index, character: describe(code, code >= 0xd800 && code <= 0xdfff) };
}

/** Whether any string in `value` holds a forbidden character. */
function holdsForbiddenCharacter(value: unknown): boolean {
  if (typeof value === "string") return FORBIDDEN.test(value);
  if (Array.isArray(value)) return value.some(holdsForbiddenCharacter);
  if (typeof value !== "object" || value === null) return false;
  for (const item of Object.values(value)) if (holdsForbiddenCharacter(item)) return true;
  return false;
}

/**
 * Every string in a value (a record as read, before or after its schema) that holds a
 * forbidden character, with its field path: one entry per field, for its first such
 * character. Object keys are not text fields and are left to the schema.
 * @example forbiddenCharacters({ title: { en: "a\u0007b" } }) // [{ path: ["title", "en"], offset: 1, character: "U+0007 (BEL)" }]
 */
export function forbiddenCharacters(value: unknown): ForbiddenCharacter[] {
  // Almost every record holds none: find that out in one pass that builds no field paths.
  if (!holdsForbiddenCharacter(value)) return [];
  const found: ForbiddenCharacter[] = [];
  const visit = (current: unknown, path: (string | number)[]): void => {
    if (typeof current === "string") {
      const first = firstForbiddenCharacter(current);
      if (first !== undefined) found.push({ path: [...path], ...first });
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) visit(item, [...path, key]);
    }
  };
  visit(value, []);
  return found;
}
