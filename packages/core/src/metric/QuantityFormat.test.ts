import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import { approximately, atLeast, atMost, exact, fewerThan, moreThan } from "./Quantity";
import { formatNumber, formatQuantity } from "./QuantityFormat";

describe("formatQuantity in English", () => {
  it("words the seed's figures as the report does", () => {
    expect(formatQuantity(moreThan(5_600), "en")).toBe("more than 5,600");
    expect(formatQuantity(approximately(300_000), "en")).toBe("about 300,000");
    expect(formatQuantity(exact(28_500_000, { multiplier: "million" }), "en")).toBe("28.5 million");
    expect(formatQuantity(moreThan(2_800_000, { multiplier: "million" }), "en")).toBe("more than 2.8 million");
    expect(formatQuantity(approximately(2_000_000_000, { multiplier: "billion" }), "en")).toBe("about 2 billion");
    expect(formatQuantity(exact(2_440), "en")).toBe("2,440");
  });

  it("says 'at least' and 'at most' for non-strict bounds", () => {
    expect(formatQuantity(atLeast(64), "en")).toBe("at least 64");
    expect(formatQuantity(atMost(10), "en")).toBe("at most 10");
    expect(formatQuantity(fewerThan(10), "en")).toBe("fewer than 10");
  });
});

describe("formatQuantity in Chinese", () => {
  it("writes round 'more than' figures with 多, as the seed does (¶18, ¶25, ¶29, ¶32)", () => {
    expect(formatQuantity(moreThan(130), "zh")).toBe("130多");
    expect(formatQuantity(moreThan(5_600), "zh")).toBe("5,600多");
    expect(formatQuantity(moreThan(24_400), "zh")).toBe("24,400多");
  });

  it("writes large figures in 万 and 亿, with 超过 for 'more than' (¶30, ¶33; 2011 guide ¶14)", () => {
    expect(formatQuantity(moreThan(2_800_000, { multiplier: "million" }), "zh")).toBe("超过280万");
    expect(formatQuantity(exact(28_500_000, { multiplier: "million" }), "zh")).toBe("2,850万");
    expect(formatQuantity(approximately(2_000_000_000, { multiplier: "billion" }), "zh")).toBe("大约20亿");
  });

  it("uses 超过 where a trailing 多 would misread, and 大约 for 'about' (2011 guide ¶38)", () => {
    expect(formatQuantity(moreThan(131), "zh")).toBe("超过131");
    expect(formatQuantity(approximately(300_000), "zh")).toBe("大约300,000");
    expect(formatQuantity(atLeast(64), "zh")).toBe("至少64");
    expect(formatQuantity(fewerThan(10), "zh")).toBe("不到10");
  });
});

describe("formatQuantity in the other official languages", () => {
  it("words every qualifier differently in every language, around the locale's own number", () => {
    const figures = [
      exact(5_600),
      approximately(5_600),
      moreThan(5_600),
      atLeast(5_600),
      fewerThan(5_600),
      atMost(5_600),
    ];
    for (const language of LANGUAGES) {
      const number = formatNumber(exact(5_600), language);
      const worded = figures.map((figure) => formatQuantity(figure, language));
      expect(new Set(worded).size).toBe(figures.length);
      for (const text of worded)
        expect(text.includes(number) || text.includes("5,600") || text.includes("5600")).toBe(true);
    }
  });

  it("uses each language's words for the scale", () => {
    expect(formatQuantity(exact(28_500_000, { multiplier: "million" }), "fr")).toMatch(/^28,5\smillions$/);
    expect(formatQuantity(moreThan(5_600), "fr")).toMatch(/^plus de 5\s600$/);
    expect(formatQuantity(approximately(300_000), "ru")).toMatch(/^около 300\s000$/);
    expect(formatQuantity(moreThan(130), "es")).toBe("más de 130");
  });
});
