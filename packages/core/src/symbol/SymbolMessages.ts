import type { MessageCatalog } from "../message/MessageCatalog";
import { parseMessage, slotNames } from "../message/MessageSyntax";
import type { Language } from "../text/Language";
import { ARABIC_SYMBOL_MESSAGES } from "./SymbolMessagesAr";
import { ENGLISH_SYMBOL_MESSAGES, type SymbolMessageKey } from "./SymbolMessagesEn";
import { SPANISH_SYMBOL_MESSAGES } from "./SymbolMessagesEs";
import { FRENCH_SYMBOL_MESSAGES } from "./SymbolMessagesFr";
import { RUSSIAN_SYMBOL_MESSAGES } from "./SymbolMessagesRu";
import { CHINESE_SYMBOL_MESSAGES } from "./SymbolMessagesZh";

/** The symbol messages of one language. */
export type SymbolMessageCatalog = MessageCatalog<SymbolMessageSlots>;

/** The symbol messages' keys and the slots each may use. */
export type SymbolMessageSlots = Readonly<Record<SymbolMessageKey, readonly string[]>>;

/** The symbol parser's refusals and explanations in the six languages, by language. */
export const SYMBOL_MESSAGE_CATALOGS: Readonly<Record<Language, SymbolMessageCatalog>> = {
  ar: { language: "ar", messages: ARABIC_SYMBOL_MESSAGES },
  zh: { language: "zh", messages: CHINESE_SYMBOL_MESSAGES },
  en: { language: "en", messages: ENGLISH_SYMBOL_MESSAGES },
  fr: { language: "fr", messages: FRENCH_SYMBOL_MESSAGES },
  ru: { language: "ru", messages: RUSSIAN_SYMBOL_MESSAGES },
  es: { language: "es", messages: SPANISH_SYMBOL_MESSAGES },
};

/**
 * The slots each key may use: those its messages use in any of the six languages (English
 * writes ordinals from `{nth}`, the others from `{n}`), for `checkCatalog`.
 */
export function symbolMessageSlots(): SymbolMessageSlots {
  const slots: Record<string, string[]> = {};
  for (const key of Object.keys(ENGLISH_SYMBOL_MESSAGES) as SymbolMessageKey[]) {
    const names = new Set<string>();
    for (const catalog of Object.values(SYMBOL_MESSAGE_CATALOGS)) {
      const parsed = parseMessage(catalog.messages[key]);
      if (parsed.ok) for (const name of slotNames(parsed.value)) names.add(name);
    }
    slots[key] = [...names];
  }
  return slots as unknown as SymbolMessageSlots;
}
