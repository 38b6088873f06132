import { formatMessage, type Language, type MessageCatalog, type MessageValues } from "@remit/core";
import { LIVE_AR } from "./ar";
import { LIVE_EN } from "./en";
import { LIVE_ES } from "./es";
import { LIVE_FR } from "./fr";
import { LIVE_RU } from "./ru";
import { LIVE_ZH } from "./zh";
import type { LiveMessageKey, LiveMessageSlots } from "./LiveMessageSlots";

/** The live mode's catalogs in the six languages. */
export const LIVE_CATALOGS: Readonly<Record<Language, MessageCatalog<LiveMessageSlots>>> = {
  ar: LIVE_AR,
  zh: LIVE_ZH,
  en: LIVE_EN,
  fr: LIVE_FR,
  ru: LIVE_RU,
  es: LIVE_ES,
};

/** Formats the live mode's messages of one language. */
export type LiveTranslate = <K extends LiveMessageKey>(
  key: K,
  ...values: [LiveMessageSlots[K][number]] extends [never] ? [] : [MessageValues<LiveMessageSlots, K>]
) => string;

/** The live mode's message function for a language. */
export function liveTranslator(language: Language): LiveTranslate {
  const catalog = LIVE_CATALOGS[language];
  return ((key: LiveMessageKey, values?: Record<string, string | number>) =>
    formatMessage(catalog, key, (values ?? {}) as never)) as LiveTranslate;
}
