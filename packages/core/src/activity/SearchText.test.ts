import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPartner } from "./Partner";
import { matchesSearchText, normalizeSearchText } from "./SearchText";

describe("normalizeSearchText", () => {
  it("ignores case, accents, Arabic marks and extra spaces", () => {
    expect(normalizeSearchText("  Évaluation   RÉGIONALE ")).toBe("evaluation regionale");
    expect(normalizeSearchText("ＳＨＥＲＬＯＣ")).toBe("sherloc");
    expect(normalizeSearchText("أَمن")).toBe(normalizeSearchText("امن"));
    expect(normalizeSearchText("КИБЕРПРЕСТУПНОСТЬ")).toBe("киберпреступность");
  });
});

describe("matchesSearchText", () => {
  const texts = [
    "Darknet cybercrime threat assessment for Southeast Asia",
    "东南亚暗网网络犯罪威胁评估",
    "Évaluation de la menace",
  ];

  it("finds every word in any of the texts, in any order and case", () => {
    expect(matchesSearchText(texts, "THREAT darknet")).toBe(true);
    expect(matchesSearchText(texts, "evaluation menace")).toBe(true);
    expect(matchesSearchText(texts, "暗网")).toBe(true);
    expect(matchesSearchText(texts, "darknet 评估")).toBe(true);
  });

  it("fails when one word is found nowhere", () => {
    expect(matchesSearchText(texts, "darknet africa")).toBe(false);
    expect(matchesSearchText(texts, "非洲")).toBe(false);
  });

  it("matches everything for a query of blanks", () => {
    expect(matchesSearchText(texts, "   ")).toBe(true);
  });

  it("answers as comparing every text's normalized form, whatever the letters", () => {
    // Few letters, so that queries often meet the texts; with those whose lower case,
    // decomposition or marks make the two forms differ.
    const letter = fc.constantFrom(
      "a",
      "i",
      "k",
      "f",
      " ",
      "\t",
      "É",
      "é",
      "e\u0301",
      "İ",
      "I\u0307",
      "\u212A",
      "ﬁ",
      "ـ",
    );
    const text = fc.array(letter, { maxLength: 8 }).map((letters) => letters.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), text, fc.nat(), fc.nat(), (haystacks, other, from, length) => {
        // Half the queries are a piece of the texts, so that they often meet.
        const joined = haystacks.join("");
        const query =
          from % 2 === 0
            ? other
            : joined.slice(from % (joined.length + 1), (from % (joined.length + 1)) + (length % 6));
        const normalized = haystacks.map(normalizeSearchText);
        const words = normalizeSearchText(query)
          .split(" ")
          .filter((word) => word !== "");
        const expected = words.every((word) => normalized.some((haystack) => haystack.includes(word)));
        expect(matchesSearchText(haystacks, query)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isPartner", () => {
  const interpol = {
    name: { en: "International Criminal Police Organization", zh: "国际刑事警察组织" },
    acronym: "INTERPOL",
  };

  it("finds a partner by acronym or by name in any language, whole and ignoring case", () => {
    expect(isPartner(interpol, "interpol")).toBe(true);
    expect(isPartner(interpol, "international criminal police organization")).toBe(true);
    expect(isPartner(interpol, "国际刑事警察组织")).toBe(true);
  });

  it("does not find a partner by part of a name, or by nothing", () => {
    expect(isPartner(interpol, "Inter")).toBe(false);
    expect(isPartner(interpol, "  ")).toBe(false);
    expect(isPartner({ name: { en: "World Bank" } }, "WB")).toBe(false);
  });
});
