import { checkCatalog, LANGUAGES, messageSchemaOf } from "@remit/core";
import { describe, expect, it } from "vitest";
import { LIVE_CATALOGS } from "../src/web/i18n/live/LiveCatalogs";

describe("the live session mode's message catalogs", () => {
  it.each(LANGUAGES)("has every message in %s, each parsing, with its plurals", (language) => {
    expect(checkCatalog(messageSchemaOf(LIVE_CATALOGS.en.messages), LIVE_CATALOGS[language])).toEqual([]);
  });

  it("leaks no English into the other languages", () => {
    // "Intervention" is French as well as English.
    const cognates: Readonly<Record<string, readonly string[]>> = { fr: ["intervention"] };
    const english = LIVE_CATALOGS.en.messages;
    for (const language of LANGUAGES.filter((code) => code !== "en")) {
      const same = Object.entries(LIVE_CATALOGS[language].messages).filter(
        ([key, text]) => text === english[key as keyof typeof english] && !(cognates[language] ?? []).includes(key),
      );
      expect(same, language).toEqual([]);
    }
  });
});
