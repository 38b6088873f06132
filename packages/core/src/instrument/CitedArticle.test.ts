import { describe, expect, it } from "vitest";
import { CitedArticle, formatCitedArticle } from "./CitedArticle";

describe("CitedArticle", () => {
  it("UNTOC article 29, paragraph 1, subparagraph (h) is written art. 29(1)(h)", () => {
    const cited = CitedArticle.parse({ article: "29", paragraph: "1", subparagraph: "h", provenance: [] });
    expect(formatCitedArticle(cited)).toBe("art. 29(1)(h)");
  });

  it("an article alone, or with a subparagraph but no paragraph, is written as the documents do", () => {
    expect(formatCitedArticle({ article: "9" })).toBe("art. 9");
    expect(formatCitedArticle({ article: "2", subparagraph: "a" })).toBe("art. 2(a)");
    expect(formatCitedArticle({ article: "2", paragraph: "3" })).toBe("art. 2(3)");
  });

  it("parts are stored without parentheses, and the error says how to write them", () => {
    const result = CitedArticle.safeParse({ article: "29", paragraph: "1", subparagraph: "(h)", provenance: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"h", not "(h)"');
    expect(CitedArticle.safeParse({ article: " 29", provenance: [] }).success).toBe(false);
    expect(CitedArticle.safeParse({ article: "", provenance: [] }).success).toBe(false);
  });
});
