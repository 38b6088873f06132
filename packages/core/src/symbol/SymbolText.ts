import { formatMessage, type MessageCatalog, type MessageSchema } from "../message/MessageCatalog";
import type { MessageValue } from "../message/MessageFormat";
import { countryNameIn } from "../report/PlaceNames";
import type { Language } from "../text/Language";
import { shown } from "./ShownText";
import type { SymbolError } from "./SymbolError";
import { SYMBOL_MESSAGE_CATALOGS } from "./SymbolMessages";
import type { SymbolSaid } from "./SymbolSaid";

/**
 * A symbol message in words, in one of the six languages; a message inside a slot is worded
 * first.
 * @example formatSymbolSaid({ key: "organ", values: { organ: "A" } }, "fr") // "l’Assemblée générale"
 */
export function formatSymbolSaid(message: SymbolSaid, language: Language): string {
  const values: Record<string, MessageValue> = {};
  // Numbers are written as they are in symbols (2569, not 2,569) and still choose plural forms.
  for (const [name, value] of Object.entries(message.values))
    values[name] =
      typeof value === "object"
        ? "country" in value
          ? countryNameIn(value.country, language)
          : formatSymbolSaid(value, language)
        : typeof value === "number"
          ? { text: String(value), number: value }
          : value;
  const catalog = SYMBOL_MESSAGE_CATALOGS[language] as MessageCatalog<MessageSchema>;
  return formatMessage(catalog, message.key, values as never);
}

/**
 * A symbol's refusal in a reader's language: where (character offset and part), what is
 * wrong, and what a valid symbol looks like there. English is the error's own `message`.
 * @example formatSymbolErrorIn(parseSymbol("A/624/123").error, "ru") // "«A/624/123» не является …"
 */
export function formatSymbolErrorIn(error: SymbolError, language: Language): string {
  const { reason, hint, found } = error.wording;
  const part = formatSymbolSaid({ key: "part", values: { part: error.part } }, language);
  const where = formatSymbolSaid(
    found === ""
      ? { key: "error.where", values: { part } }
      : { key: "error.whereFound", values: { part, found: shown(found) } },
    language,
  );
  const message = formatSymbolSaid(
    { key: "error.message", values: { input: shown(error.input), offset: error.offset, where, reason } },
    language,
  );
  return hint === undefined ? message : formatSymbolSaid({ key: "error.hinted", values: { message, hint } }, language);
}
