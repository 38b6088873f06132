import { formatMessage, type MessageCatalog, type MessageSchema } from "../message/MessageCatalog";
import type { MessageValue } from "../message/MessageFormat";
import type { OrdinalCase } from "../text/ArabicWords";
import { shown } from "./ShownText";
import type { SymbolRefusal } from "./SymbolError";
import type { SymbolSaid } from "./SymbolSaid";

/**
 * What a symbol message is worded with: one language's catalog and its names of countries.
 * The parser words its own refusals in English only, with the English catalog, so that a
 * schema or a parser in a browser bundle does not carry the other five languages.
 */
export interface SymbolWords {
  readonly catalog: MessageCatalog<MessageSchema>;
  readonly country: (alpha3: string) => string;
  /**
   * A number in words as the language writes a session's ordinal (`七十四`, `soixante-quatorzième`),
   * as a nominative or, for Arabic, after a preposition; given only by the `...In` functions,
   * so that the parser's English does not carry the tables.
   */
  readonly ordinal?: (n: number, form: OrdinalCase) => string | undefined;
}

/** A symbol message in the words given; a message inside a slot is worded first. */
export function saySymbol(message: SymbolSaid, words: SymbolWords): string {
  const values: Record<string, MessageValue> = {};
  // Numbers are written as they are in symbols (2569, not 2,569) and still choose plural forms.
  for (const [name, value] of Object.entries(message.values))
    values[name] =
      typeof value === "object"
        ? "country" in value
          ? words.country(value.country)
          : saySymbol(value, words)
        : typeof value === "number"
          ? { text: String(value), number: value }
          : value;
  // `{nWords}` beside `{n}`: the catalogs that write a session in words (第七十四届会议) use it.
  if (words.ordinal !== undefined) {
    for (const [name, value] of Object.entries(message.values)) {
      if (typeof value !== "number") continue;
      const nominative = words.ordinal(value, "nominative");
      const oblique = words.ordinal(value, "oblique");
      if (nominative !== undefined) values[`${name}Words`] = nominative;
      if (oblique !== undefined) values[`${name}WordsOblique`] = oblique;
    }
  }
  return formatMessage(words.catalog, message.key, values as never);
}

/** A symbol's refusal in the words given: where, what is wrong, and what a valid symbol looks like there. */
export function sayRefusal(error: SymbolRefusal, words: SymbolWords): string {
  const { reason, hint, found } = error.wording;
  const part = saySymbol({ key: "part", values: { part: error.part } }, words);
  const where = saySymbol(
    found === ""
      ? { key: "error.where", values: { part } }
      : { key: "error.whereFound", values: { part, found: shown(found) } },
    words,
  );
  const message = saySymbol(
    { key: "error.message", values: { input: shown(error.input), offset: error.offset, where, reason } },
    words,
  );
  return hint === undefined ? message : saySymbol({ key: "error.hinted", values: { message, hint } }, words);
}
