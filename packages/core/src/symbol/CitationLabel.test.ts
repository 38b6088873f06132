import { describe, expect, it } from "vitest";
import { citationLabelIn } from "./CitationLabel";

describe("a mandate's label in the reader's language", () => {
  it("a citation the records give in English reads as Chinese cites it", () => {
    expect(citationLabelIn("CCPCJ resolution 22/8", "zh")).toBe("预防犯罪和刑事司法委员会第22/8号决议");
  });

  it("a symbol, a label that is no citation and a language without citation wording keep their words", () => {
    expect(citationLabelIn("A/RES/74/173", "zh")).toBe("A/RES/74/173");
    expect(citationLabelIn("Salvador Declaration", "zh")).toBe("Salvador Declaration");
    expect(citationLabelIn("CCPCJ resolution 22/8", "fr")).toBe("CCPCJ resolution 22/8");
  });
});
