import { formatMessage, type Language, type MessageCatalog, type MessageValues } from "@remit/core";
import { AR } from "./ar";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import { RU } from "./ru";
import { ZH } from "./zh";
import type { UiMessageKey, UiMessageSlots } from "./UiMessages";

/** The app's catalogs in the six languages. */
export const UI_CATALOGS: Readonly<Record<Language, MessageCatalog<UiMessageSlots>>> = {
  ar: AR,
  zh: ZH,
  en: EN,
  fr: FR,
  ru: RU,
  es: ES,
};

/** Formats messages of one language: `t("loadFailed", { reason })`. */
export type Translate = <K extends UiMessageKey>(
  key: K,
  ...values: UiMessageSlots[K] extends readonly [] ? [] : [MessageValues<UiMessageSlots, K>]
) => string;

/** The message function of a language. */
export function translator(language: Language): Translate {
  const catalog = UI_CATALOGS[language];
  return ((key: UiMessageKey, values?: Record<string, string | number>) =>
    formatMessage(catalog, key, (values ?? {}) as never)) as Translate;
}
