import { formatMessage, type Language, type MessageCatalog, type MessageValues } from "@remit/core";
import { EDIT_AR } from "./ar";
import { EDIT_EN } from "./en";
import { EDIT_ES } from "./es";
import { EDIT_FR } from "./fr";
import { EDIT_RU } from "./ru";
import { EDIT_ZH } from "./zh";
import type { EditMessageKey, EditMessageSlots } from "./EditMessageSlots";

/** The sign-in and edit pages' catalogs in the six languages. */
export const EDIT_CATALOGS: Readonly<Record<Language, MessageCatalog<EditMessageSlots>>> = {
  ar: EDIT_AR,
  zh: EDIT_ZH,
  en: EDIT_EN,
  fr: EDIT_FR,
  ru: EDIT_RU,
  es: EDIT_ES,
};

/** Formats the edit pages' messages of one language. */
export type EditTranslate = <K extends EditMessageKey>(
  key: K,
  ...values: [EditMessageSlots[K][number]] extends [never] ? [] : [MessageValues<EditMessageSlots, K>]
) => string;

/** The edit pages' message function for a language. */
export function editTranslator(language: Language): EditTranslate {
  const catalog = EDIT_CATALOGS[language];
  return ((key: EditMessageKey, values?: Record<string, string | number>) =>
    formatMessage(catalog, key, (values ?? {}) as never)) as EditTranslate;
}
