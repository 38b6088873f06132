import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Language } from "@remit/core";
import { translator, type Translate } from "./Catalogs";

/** The reader's language and its messages, for every component of a page. */
export interface Locale {
  readonly language: Language;
  readonly t: Translate;
}

const LocaleContext = createContext<Locale>({ language: "en", t: translator("en") });

/** Provides the locale of a language to the components under it. */
export const LocaleProvider = LocaleContext.Provider;

/** The locale of the page being drawn. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The locale of a language. */
export function localeOf(language: Language): Locale {
  return { language, t: translator(language) };
}
