import { formatMessage, type Language, type MessageCatalog, type MessageValues } from "@remit/core";
import type { UiMessageKey, UiMessageSlots } from "./UiMessages";

/**
 * The app's catalog of each language, each in a chunk of its own: a page loads only the
 * catalog of its language (the six together would weigh on every first load).
 */
const CATALOG_LOADERS: Readonly<Record<Language, () => Promise<MessageCatalog<UiMessageSlots>>>> = {
  ar: () => import("./ar").then((module) => module.AR),
  zh: () => import("./zh").then((module) => module.ZH),
  en: () => import("./en").then((module) => module.EN),
  fr: () => import("./fr").then((module) => module.FR),
  ru: () => import("./ru").then((module) => module.RU),
  es: () => import("./es").then((module) => module.ES),
};

/** Formats messages of one language: `t("loadFailed", { reason })`. */
export type Translate = <K extends UiMessageKey>(
  key: K,
  ...values: [UiMessageSlots[K][number]] extends [never] ? [] : [MessageValues<UiMessageSlots, K>]
) => string;

/** The message function of a catalog. */
function translatorOf(catalog: MessageCatalog<UiMessageSlots>): Translate {
  return ((key: UiMessageKey, values?: Record<string, string | number>) =>
    formatMessage(catalog, key, (values ?? {}) as never)) as Translate;
}

const loaded = new Map<Language, Translate>();

/** The message function of a language whose catalog has been loaded, else undefined. */
export function loadedTranslator(language: Language): Translate | undefined {
  return loaded.get(language);
}

/** Loads a language's catalog (once) and gives its message function. */
export async function loadTranslator(language: Language): Promise<Translate> {
  const known = loaded.get(language);
  if (known !== undefined) return known;
  const t = translatorOf(await CATALOG_LOADERS[language]());
  loaded.set(language, t);
  return t;
}
