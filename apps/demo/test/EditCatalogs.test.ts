import { checkCatalog, LANGUAGES, messageSchemaOf } from "@remit/core";
import { describe, expect, it } from "vitest";
import { EDIT_CATALOGS } from "../src/web/i18n/edit/EditCatalogs";

describe("the sign-in and edit pages' message catalogs", () => {
  it.each(LANGUAGES)("has every message in %s, each parsing, with its plurals", (language) => {
    expect(checkCatalog(messageSchemaOf(EDIT_CATALOGS.en.messages), EDIT_CATALOGS[language])).toEqual([]);
  });

  it("leaks no English into the other languages", () => {
    // "Source" and "Document" are French as well as English.
    const cognates: Readonly<Record<string, readonly string[]>> = { fr: ["sourceLegend", "fieldSourceSymbol"] };
    const english = EDIT_CATALOGS.en.messages;
    for (const language of LANGUAGES.filter((code) => code !== "en")) {
      const same = Object.entries(EDIT_CATALOGS[language].messages).filter(
        ([key, text]) => text === english[key as keyof typeof english] && !(cognates[language] ?? []).includes(key),
      );
      expect(same, language).toEqual([]);
    }
  });
});
