import type { Language } from "@remit/core";

/** Each language named in itself, for the switcher: a reader finds their own language by its own name. */
export const LANGUAGE_AUTONYMS: Readonly<Record<Language, string>> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** A language's name in the reader's language ("chinois" on a French page). */
export function languageName(language: Language, reader: Language): string {
  return new Intl.DisplayNames([reader], { type: "language" }).of(language) ?? language;
}
