import * as z from "zod/mini";

/** The six official languages of the United Nations, as ISO 639-1 codes, in UN order. */
export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

// Marked pure so that a bundle which never uses it drops it: a bundler keeps a call through the
// `z` namespace for its side effects.
/**
 * One of the six official UN languages.
 * @example Language.parse("zh") // "zh"
 */
export const Language = /* @__PURE__ */ z.enum(LANGUAGES);
/** One of the six official UN languages. */
export type Language = z.infer<typeof Language>;

/** Writing direction of a language: Arabic is right-to-left, the other five left-to-right. */
export type Direction = "ltr" | "rtl";

/** The writing direction of a language. */
export function directionOf(language: Language): Direction {
  return language === "ar" ? "rtl" : "ltr";
}

/** The English name of each official language, for messages and headings. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};
