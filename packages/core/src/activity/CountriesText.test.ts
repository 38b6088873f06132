import { checkCatalog } from "../message/MessageCatalog";
import { messageSchemaOf } from "../message/MessageSlots";
import type { CountryCoverage } from "../metric/CountryCoverage";
import { LANGUAGES } from "../text/Language";
import { describe, expect, it } from "vitest";
import { COUNTRY_COUNT_WORDS, countriesTextIn, ENGLISH_COUNTRY_COUNT_WORDS } from "./CountriesText";

const sixtyFour: CountryCoverage = { named: [], count: { value: 64, qualifier: "exact", unit: "country" } };

describe("the countries an activity assists, in words", () => {
  it.each([
    ["en", "64 countries"],
    ["zh", "64个国家"],
    ["ar", "64 بلدًا"],
    ["fr", "64 pays"],
    ["ru", "64 страны"],
    ["es", "64 países"],
  ] as const)("says in %s how many countries an activity counts without naming them", (language, words) => {
    expect(countriesTextIn(sixtyFour, language)).toBe(words);
  });

  it("keeps the count's qualifier and the language's plural", () => {
    const atLeastOne: CountryCoverage = { named: [], count: { value: 1, qualifier: "atLeast", unit: "country" } };
    expect(countriesTextIn(atLeastOne, "en")).toBe("at least 1 country");
    const nearly15: CountryCoverage = { named: [], count: { value: 15, qualifier: "approximately", unit: "country" } };
    expect(countriesTextIn(nearly15, "zh")).toBe("大约15个国家");
    // Russian puts the noun in the genitive after "не менее" and "около", not after "почти".
    const count = (value: number, qualifier: "atLeast" | "approximately" | "nearly"): CountryCoverage => ({
      named: [],
      count: { value, qualifier, unit: "country" },
    });
    expect(countriesTextIn(count(64, "atLeast"), "ru")).toBe("не менее 64 стран");
    expect(countriesTextIn(count(1, "atLeast"), "ru")).toBe("не менее 1 страны");
    expect(countriesTextIn(count(15, "approximately"), "ru")).toBe("около 15 стран");
    expect(countriesTextIn(count(64, "nearly"), "ru")).toBe("почти 64 страны");
  });

  it("lists the named countries as the language lists them, and adds a count beyond them", () => {
    expect(countriesTextIn({ named: ["SLV", "GTM"] }, "en")).toBe("El Salvador and Guatemala");
    expect(countriesTextIn({ named: ["SLV", "GTM"] }, "zh")).toBe("萨尔瓦多和危地马拉");
    expect(
      countriesTextIn({ named: ["SLV", "GTM"], count: { value: 64, qualifier: "exact", unit: "country" } }, "en"),
    ).toBe("El Salvador and Guatemala (64 countries)");
  });

  it("says nothing, and makes up no list, when the records give neither names nor a number", () => {
    expect(countriesTextIn({ named: [] }, "en")).toBeUndefined();
  });

  it.each(LANGUAGES)("has the words in %s, with the English slots", (language) => {
    expect(
      checkCatalog(
        messageSchemaOf(ENGLISH_COUNTRY_COUNT_WORDS, { counted: ["qualifier"] }),
        COUNTRY_COUNT_WORDS[language],
      ),
    ).toEqual([]);
  });
});
