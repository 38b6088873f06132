import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import type { Language } from "./Language";
import { LANGUAGES, directionOf, type Direction } from "./Language";

/**
 * A human-readable text in one or more of the six official languages. At least one
 * language must be present, and no language may hold an empty string.
 * @example LocalizedText.parse({ en: "Discussion guide", zh: "讨论指南" })
 */
export const LocalizedText = z
  .strictObject({
    ar: z.optional(z.string().check(z.minLength(1))),
    zh: z.optional(z.string().check(z.minLength(1))),
    en: z.optional(z.string().check(z.minLength(1))),
    fr: z.optional(z.string().check(z.minLength(1))),
    ru: z.optional(z.string().check(z.minLength(1))),
    es: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((text) => LANGUAGES.some((language) => text[language] !== undefined), {
      message: "a localized text needs at least one of ar, zh, en, fr, ru, es",
      params: rule("text.noLanguage", {}),
    }),
  );
/** A text in one or more of the six official UN languages. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The languages a text is available in, in UN order. */
export function availableLanguages(text: LocalizedText): Language[] {
  return LANGUAGES.filter((language) => text[language] !== undefined);
}

/** The official languages a text is still missing, in UN order; empty when complete. */
export function missingLanguages(text: LocalizedText): Language[] {
  return LANGUAGES.filter((language) => text[language] === undefined);
}

/** Whether a text exists in all six official languages (as a discussion guide must). */
export function isComplete(text: LocalizedText): boolean {
  return missingLanguages(text).length === 0;
}

/** The text shown for a reader, with the language it is actually in and its direction. */
export interface DisplayedText {
  readonly text: string;
  readonly language: Language;
  readonly direction: Direction;
  /** True when the reader's first choice was missing and another language was used. */
  readonly isFallback: boolean;
}

/** When nothing else is asked for, English first, then the UN order. */
export const DEFAULT_FALLBACK: readonly Language[] = ["en", "fr", "es", "ru", "zh", "ar"];

/**
 * Picks the text for a reader: the first of `preferred` that exists, then the default
 * fallback order. Never fails, because a LocalizedText always has one language.
 * @example display({ zh: "讨论指南" }, ["en"]) // { text: "讨论指南", language: "zh", isFallback: true, ... }
 */
export function display(text: LocalizedText, preferred: readonly Language[] = []): DisplayedText {
  const order = [...preferred, ...DEFAULT_FALLBACK];
  for (const language of order) {
    const value = text[language];
    if (value !== undefined) {
      return { text: value, language, direction: directionOf(language), isFallback: language !== preferred[0] };
    }
  }
  // Unreachable for parsed values; kept so that unparsed input still yields an answer.
  return { text: "", language: order[0] ?? "en", direction: "ltr", isFallback: true };
}

/** Shorthand for the string of `display(text, preferred)`. */
export function displayText(text: LocalizedText, preferred: readonly Language[] = []): string {
  return display(text, preferred).text;
}

/**
 * Every language version of a text, in UN order; none for an absent text. What free-text
 * search looks through.
 * @example textVersions({ en: "Training", zh: "培训" }) // ["培训", "Training"]
 */
export function textVersions(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return LANGUAGES.flatMap((language) => {
    const value = text[language];
    return value === undefined ? [] : [value];
  });
}
