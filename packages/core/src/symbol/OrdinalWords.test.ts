import { describe, expect, it } from "vitest";
import { sessionOrdinalIn } from "./OrdinalWords";

describe("a session's number in words, as UN editing writes it", () => {
  it("Chinese: the number in words between 第 and 届", () => {
    const words = [1, 10, 11, 20, 21, 74, 99].map((n) => sessionOrdinalIn(n, "zh"));
    expect(words).toEqual(["一", "十", "十一", "二十", "二十一", "七十四", "九十九"]);
    expect(sessionOrdinalIn(127, "zh")).toBe("127");
  });

  it("Arabic: feminine with the article, the tens in ون or, after a preposition, ين", () => {
    expect(sessionOrdinalIn(74, "ar")).toBe("الرابعة والسبعون");
    expect(sessionOrdinalIn(74, "ar", "oblique")).toBe("الرابعة والسبعين");
    expect(sessionOrdinalIn(1, "ar")).toBe("الأولى");
    expect(sessionOrdinalIn(10, "ar")).toBe("العاشرة");
    expect(sessionOrdinalIn(11, "ar")).toBe("الحادية عشرة");
    expect(sessionOrdinalIn(20, "ar")).toBe("العشرون");
    expect(sessionOrdinalIn(21, "ar")).toBe("الحادية والعشرون");
    expect(sessionOrdinalIn(63, "ar", "oblique")).toBe("الثالثة والستين");
    expect(sessionOrdinalIn(99, "ar")).toBe("التاسعة والتسعون");
  });

  it("French: the feminine ordinal, in the traditional spelling", () => {
    const words = [1, 2, 5, 9, 11, 17, 21, 31, 71, 74, 80, 81, 91, 99].map((n) => sessionOrdinalIn(n, "fr"));
    expect(words).toEqual([
      "première",
      "deuxième",
      "cinquième",
      "neuvième",
      "onzième",
      "dix-septième",
      "vingt et unième",
      "trente et unième",
      "soixante et onzième",
      "soixante-quatorzième",
      "quatre-vingtième",
      "quatre-vingt-unième",
      "quatre-vingt-onzième",
      "quatre-vingt-dix-neuvième",
    ]);
    expect(sessionOrdinalIn(127, "fr")).toBe("127e");
  });

  it("Spanish: the masculine ordinal before período, shortened as UN Spanish writes it", () => {
    const words = [1, 3, 10, 13, 20, 21, 31, 74, 90, 99].map((n) => sessionOrdinalIn(n, "es"));
    expect(words).toEqual([
      "primer",
      "tercer",
      "décimo",
      "decimotercer",
      "vigésimo",
      "vigésimo primer",
      "trigésimo primer",
      "septuagésimo cuarto",
      "nonagésimo",
      "nonagésimo noveno",
    ]);
    expect(sessionOrdinalIn(127, "es")).toBe("127º");
  });

  it("English and Russian write the number themselves", () => {
    expect(sessionOrdinalIn(74, "en")).toBeUndefined();
    expect(sessionOrdinalIn(74, "ru")).toBeUndefined();
  });
});
