import { describe, expect, it } from "vitest";
import { MandateLink, formatMandateLink } from "./MandateLink";
import { MandateReference, readMandateReference, referenceKey } from "./MandateReference";

describe("MandateReference", () => {
  it("a resolution symbol is stored as the symbol parser normalises it", () => {
    expect(MandateReference.parse("A/RES/74/173")).toBe("A/RES/74/173");
    expect(MandateReference.parse(" Ａ／ＲＥＳ／６５／２３０ ")).toBe("A/RES/65/230");
  });

  it("a citation of a General Assembly resolution is stored as the resolution's symbol", () => {
    expect(MandateReference.parse("General Assembly resolution 74/173")).toBe("A/RES/74/173");
    expect(MandateReference.parse("大会第 74/173 号决议")).toBe("A/RES/74/173");
  });

  it("decisions and the Commission's resolutions, which have no symbol of their own, are stored as short citations", () => {
    expect(MandateReference.parse("General Assembly decision 74/567")).toBe("GA decision 74/567");
    expect(MandateReference.parse("大会第 75/555 号决定")).toBe("GA decision 75/555");
    expect(MandateReference.parse("CCPCJ resolution 22/8")).toBe("CCPCJ resolution 22/8");
    expect(MandateReference.parse("ECOSOC decision 2010/243")).toBe("ECOSOC decision 2010/243");
  });

  it("the stored form reads back as itself", () => {
    for (const text of ["A/RES/74/173", "GA decision 74/567", "CCPCJ resolution 20/7", "ECOSOC decision 2010/243"]) {
      expect(MandateReference.parse(MandateReference.parse(text))).toBe(MandateReference.parse(text));
    }
  });

  it("the misprint A/624/123 of the 2011 guide is refused with both parsers' reasons", () => {
    const result = readMandateReference("A/624/123");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error._tag).toBe("InvalidMandateReference");
    expect(result.error.asSymbol).toContain("624");
    expect(result.error.message).toContain("As a citation:");
    expect(result.error.message).toContain('"GA decision 74/567"');
  });

  it("a citation and the symbol it stands for have the same key; different mandates do not", () => {
    expect(referenceKey("GA resolution 74/173")).toBe(referenceKey("A/RES/74/173"));
    expect(referenceKey("GA resolution 74/173")).not.toBe(referenceKey("A/RES/74/174"));
    expect(referenceKey("CCPCJ  Resolution 22/8")).toBe(referenceKey("CCPCJ resolution 22/8"));
  });
});

describe("MandateLink", () => {
  it("links by stored id or by reference, never by both", () => {
    expect(MandateLink.parse({ mandateId: "a-res-65-230" })).toEqual({ mandateId: "a-res-65-230" });
    expect(MandateLink.parse({ reference: "GA resolution 44/25" })).toEqual({ reference: "A/RES/44/25" });
    expect(MandateLink.safeParse({ mandateId: "a-res-65-230", reference: "A/RES/65/230" }).success).toBe(false);
    expect(MandateLink.safeParse({ mandateId: "A/RES/65/230" }).success).toBe(false);
    expect(formatMandateLink({ reference: "GA decision 74/567" })).toBe("GA decision 74/567");
  });
});
