import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Language } from "@remit/core";
import { loadedTranslator, loadTranslator, type Translate } from "./Catalogs";

/** The reader's language and its messages, for every component of a page. */
export interface Locale {
  readonly language: Language;
  readonly t: Translate;
}

// Never drawn with: the app provides the locale of the page's language before drawing a page.
const LocaleContext = createContext<Locale>({ language: "en", t: ((key: string) => key) as Translate });

/** Provides the locale of a language to the components under it. */
export const LocaleProvider = LocaleContext.Provider;

/** The locale of the page being drawn. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The locale of a language whose messages are loaded, else undefined. */
export function loadedLocale(language: Language): Locale | undefined {
  const t = loadedTranslator(language);
  return t === undefined ? undefined : { language, t };
}

/** Loads the locale of a language (its message catalog comes in its own chunk). */
export async function loadLocale(language: Language): Promise<Locale> {
  return { language, t: await loadTranslator(language) };
}
