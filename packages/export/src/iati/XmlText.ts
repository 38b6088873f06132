/**
 * Text made safe for XML 1.0. Markup characters are escaped, and the characters XML 1.0
 * cannot hold at all (C0 controls other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF and unpaired surrogates) are dropped: there is no escape for them, and a file that
 * held one would be rejected by every XML parser.
 */

// Everything XML 1.0 allows (production [2] Char); with the u flag a lone surrogate matches none.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// A cheap first look: any control character, surrogate or non-character. Most texts have
// none and skip the slower Unicode-aware replacement.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const MAYBE_NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_SPECIAL = /[&<>\r]/g;
const HAS_TEXT_SPECIAL = /[&<>\r]/;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const HAS_ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Kept as character references: a parser turns a raw CR into LF, and raw tabs and line
  // breaks inside an attribute into spaces (attribute-value normalisation).
  "\r": "&#13;",
  "\t": "&#9;",
  "\n": "&#10;",
};

function entity(char: string): string {
  return ENTITIES[char] ?? char;
}

/** The text without the characters XML 1.0 cannot hold. */
export function xmlChars(text: string): string {
  return MAYBE_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, "") : text;
}

/**
 * Text for element content: `&`, `<`, `>` escaped, CR kept as `&#13;`, characters XML
 * cannot hold dropped.
 * @example escapeXmlText("UNODC & <partners>") // "UNODC &amp; &lt;partners&gt;"
 */
export function escapeXmlText(text: string): string {
  const chars = xmlChars(text);
  return HAS_TEXT_SPECIAL.test(chars) ? chars.replace(TEXT_SPECIAL, entity) : chars;
}

/**
 * Text for a double-quoted attribute value: also `"` escaped, and tab, LF and CR kept as
 * character references so that attribute normalisation does not turn them into spaces.
 * @example escapeXmlAttribute('say "hi"') // "say &quot;hi&quot;"
 */
export function escapeXmlAttribute(text: string): string {
  const chars = xmlChars(text);
  return HAS_ATTRIBUTE_SPECIAL.test(chars) ? chars.replace(ATTRIBUTE_SPECIAL, entity) : chars;
}
