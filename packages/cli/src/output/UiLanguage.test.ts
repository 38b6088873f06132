import { describe, expect, it } from "vitest";
import { chooseLanguage, languageOfLocale } from "./UiLanguage";

describe("choosing the language of labels, titles and reports", () => {
  it("takes --lang first, then REMIT_LANG, then the locale", () => {
    expect(chooseLanguage("ar", { REMIT_LANG: "zh", LANG: "fr_FR.UTF-8" })).toEqual({ ok: true, value: "ar" });
    expect(chooseLanguage(undefined, { REMIT_LANG: "zh", LANG: "fr_FR.UTF-8" })).toEqual({ ok: true, value: "zh" });
    expect(chooseLanguage(undefined, { LANG: "fr_FR.UTF-8" })).toEqual({ ok: true, value: "fr" });
  });

  it("follows POSIX order among the locale variables", () => {
    expect(chooseLanguage(undefined, { LC_ALL: "ru_RU.UTF-8", LC_MESSAGES: "es_ES", LANG: "zh_CN" })).toEqual({
      ok: true,
      value: "ru",
    });
    expect(chooseLanguage(undefined, { LC_MESSAGES: "es_ES", LANG: "zh_CN" })).toEqual({ ok: true, value: "es" });
  });

  it("falls back to English for a locale in another language, or none", () => {
    expect(chooseLanguage(undefined, { LANG: "de_DE.UTF-8" })).toEqual({ ok: true, value: "en" });
    expect(chooseLanguage(undefined, { LANG: "C" })).toEqual({ ok: true, value: "en" });
    expect(chooseLanguage(undefined, {})).toEqual({ ok: true, value: "en" });
  });

  it("refuses an explicit language that is not one of the six, naming where it came from", () => {
    expect(chooseLanguage("de", {})).toEqual({
      ok: false,
      error: { _tag: "UnknownLanguage", source: "--lang", value: "de" },
    });
    expect(chooseLanguage(undefined, { REMIT_LANG: "pt" })).toEqual({
      ok: false,
      error: { _tag: "UnknownLanguage", source: "REMIT_LANG", value: "pt" },
    });
  });

  it("reads the language of a locale name", () => {
    expect(languageOfLocale("zh_CN.UTF-8")).toBe("zh");
    expect(languageOfLocale("ar")).toBe("ar");
    expect(languageOfLocale("POSIX")).toBeUndefined();
  });
});
