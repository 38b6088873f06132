import type { Result } from "@remit/core";

/**
 * The six official UN languages the CLI speaks, as ISO 639-1 codes in UN order. A copy of
 * core's `LANGUAGES` (a type test keeps them equal) so that parsing the command line does not
 * load core and zod: start-up stays fast.
 */
export const UI_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

/** One of the six official UN languages. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Whether a text is one of the six language codes. */
function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of a POSIX locale such as `zh_CN.UTF-8`, `fr_FR` or `ar`, when it is one of
 * the six; undefined for `C`, `POSIX` and other languages.
 * @example languageOfLocale("zh_CN.UTF-8") // "zh"
 */
export function languageOfLocale(locale: string | undefined): UiLanguage | undefined {
  if (locale === undefined) return undefined;
  const code = /^([a-z]{2})(?:[_.@-]|$)/i.exec(locale.trim())?.[1]?.toLowerCase();
  return code !== undefined && isUiLanguage(code) ? code : undefined;
}

/** Where the language came from, for the message when it is not one of the six. */
export type LanguageSource = "--lang" | "REMIT_LANG";

/** An explicit setting that names a language other than the six: which setting, and what it said. */
export interface UnknownLanguage {
  readonly _tag: "UnknownLanguage";
  readonly source: LanguageSource;
  readonly value: string;
}

/** The outcome of choosing the language: the language, or which setting names an unknown one. */
export type LanguageChoice = Result<UiLanguage, UnknownLanguage>;

/**
 * The language to use: `--lang`, else `REMIT_LANG`, else the locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them), else English. An explicit setting that is
 * not one of the six is an error; a locale in another language quietly falls back to English.
 * @example chooseLanguage("ar", {}) // { ok: true, value: "ar" }
 */
export function chooseLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LanguageChoice {
  const explicit: readonly (readonly [LanguageSource, string | undefined])[] = [
    ["--lang", flag],
    ["REMIT_LANG", env.REMIT_LANG],
  ];
  for (const [source, value] of explicit) {
    if (value === undefined || value.trim() === "") continue;
    const code = value.trim().toLowerCase();
    return isUiLanguage(code)
      ? { ok: true, value: code }
      : { ok: false, error: { _tag: "UnknownLanguage", source, value } };
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return { ok: true, value: languageOfLocale(locale) ?? "en" };
}

/**
 * The language a run asked for, read from the raw command line before it is parsed (for the
 * help page and command-line errors, which are printed before the settings are read):
 * `--lang xx` or `--lang=xx`, else REMIT_LANG and the locale; English when none of these
 * names one of the six (the settings report that problem when the command runs).
 * @example languageOfCommandLine(["node", "remit", "--lang", "fr", "--help"], {}) // "fr"
 */
export function languageOfCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): UiLanguage {
  let flag: string | undefined;
  argv.forEach((argument, index) => {
    if (argument === "--lang") flag = argv[index + 1];
    else if (argument.startsWith("--lang=")) flag = argument.slice("--lang=".length);
  });
  const choice = chooseLanguage(flag, env);
  return choice.ok ? choice.value : "en";
}
