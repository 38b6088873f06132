import { describe, expect, it } from "vitest";
import { approximately, atLeast, exact, moreThan, nearly } from "../metric/Quantity";
import { pluralOf } from "./ReportContext";

describe("the plural a template chooses for a figure", () => {
  const russian = { language: "ru" } as const;

  it("an exact Russian count takes the number's own category: 2 человека, 5 человек, 21 человек", () => {
    expect(pluralOf(russian, exact(2))).toBe("few");
    expect(pluralOf(russian, exact(5))).toBe("many");
    expect(pluralOf(russian, exact(21))).toBe("one");
  });

  it("«более», «около» and «не менее» put the noun into the genitive plural: более 2 человек", () => {
    expect(pluralOf(russian, moreThan(2))).toBe("many");
    expect(pluralOf(russian, approximately(834))).toBe("many");
    expect(pluralOf(russian, atLeast(3))).toBe("many");
  });

  it("«почти» leaves the case to the sentence: почти 2 миллиарда", () => {
    expect(pluralOf(russian, nearly(2))).toBe("few");
  });

  it("other languages keep the number's category whatever the qualifier", () => {
    expect(pluralOf({ language: "en" }, moreThan(1))).toBe("one");
    expect(pluralOf({ language: "ar" }, moreThan(3))).toBe("few");
  });
});
