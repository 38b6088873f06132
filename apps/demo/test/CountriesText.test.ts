import type { CountryCoverage } from "@remit/core";
import { describe, expect, it } from "vitest";
import { countriesText } from "../src/web/components/Labels";
import { loadTranslator } from "../src/web/i18n/Catalogs";

const sixtyFour: CountryCoverage = { named: [], count: { value: 64, qualifier: "exact", unit: "country" } };

describe("the countries an activity assists, in words", () => {
  it.each([
    ["en", "64 countries"],
    ["zh", "64个国家"],
    ["ar", "64 بلدًا"],
    ["fr", "64 pays"],
    ["ru", "64 страны"],
    ["es", "64 países"],
  ] as const)("says in %s how many countries an activity counts without naming them", async (language, words) => {
    expect(countriesText(sixtyFour, language, await loadTranslator(language))).toBe(words);
  });

  it("keeps the count's qualifier and the language's plural", async () => {
    const en = await loadTranslator("en");
    const atLeastOne: CountryCoverage = { named: [], count: { value: 1, qualifier: "atLeast", unit: "country" } };
    expect(countriesText(atLeastOne, "en", en)).toBe("at least 1 country");
    const nearly15: CountryCoverage = { named: [], count: { value: 15, qualifier: "approximately", unit: "country" } };
    expect(countriesText(nearly15, "zh", await loadTranslator("zh"))).toBe("大约15个国家");
    // Russian puts the noun in the genitive after "не менее" and "около", not after "почти".
    const ru = await loadTranslator("ru");
    const count = (value: number, qualifier: "atLeast" | "approximately" | "nearly"): CountryCoverage => ({
      named: [],
      count: { value, qualifier, unit: "country" },
    });
    expect(countriesText(count(64, "atLeast"), "ru", ru)).toBe("не менее 64 стран");
    expect(countriesText(count(1, "atLeast"), "ru", ru)).toBe("не менее 1 страны");
    expect(countriesText(count(15, "approximately"), "ru", ru)).toBe("около 15 стран");
    expect(countriesText(count(64, "nearly"), "ru", ru)).toBe("почти 64 страны");
  });

  it("lists the named countries as the language lists them, and adds a count beyond them", async () => {
    const en = await loadTranslator("en");
    expect(countriesText({ named: ["SLV", "GTM"] }, "en", en)).toBe("El Salvador and Guatemala");
    expect(countriesText({ named: ["SLV", "GTM"] }, "zh", await loadTranslator("zh"))).toBe("萨尔瓦多和危地马拉");
    expect(
      countriesText({ named: ["SLV", "GTM"], count: { value: 64, qualifier: "exact", unit: "country" } }, "en", en),
    ).toBe("El Salvador and Guatemala (64 countries)");
  });

  it("says nothing, and makes up no list, when the records give neither names nor a number", async () => {
    expect(countriesText({ named: [] }, "en", await loadTranslator("en"))).toBeUndefined();
  });
});
