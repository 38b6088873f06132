import { describe, expect, it } from "vitest";
import { DecisionReference, isDecisionReference } from "./DecisionReference";

describe("DecisionReference", () => {
  it("a citation is stored in its short English form, however it was written", () => {
    expect(DecisionReference.parse("GA decision 74/567")).toBe("GA decision 74/567");
    expect(DecisionReference.parse("General Assembly  decision 75/555")).toBe("GA decision 75/555");
    expect(DecisionReference.parse("大会第74/567号决定")).toBe("GA decision 74/567");
    expect(DecisionReference.parse("经济及社会理事会第 2010/243 号决定")).toBe("ECOSOC decision 2010/243");
  });

  it("a document symbol is stored in its written form; a slip in it is refused, not repaired", () => {
    expect(DecisionReference.parse("A/RES/74/247")).toBe("A/RES/74/247");
    expect(DecisionReference.safeParse(" a/res/74/247 ").error?.issues[0]?.message).toContain("at character 0");
  });

  it("a misprinted symbol is refused with both parsers' explanations", () => {
    const result = DecisionReference.safeParse("A/624/123");
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? "";
    expect(message).toMatch(/^"A\/624\/123" is neither a document symbol nor a citation\. As a symbol: /);
    expect(message).toContain("As a citation: ");
    expect(message).toContain('Write a symbol such as "A/RES/74/247" or a citation such as "GA decision 74/567".');
  });

  it("free text is not a decision", () => {
    expect(isDecisionReference("the extended Bureau")).toBe(false);
    expect(isDecisionReference("CCPCJ resolution 22/8")).toBe(true);
  });
});
