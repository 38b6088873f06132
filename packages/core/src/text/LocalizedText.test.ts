import { describe, expect, it } from "vitest";
import { LocalizedText, display, isComplete, missingLanguages } from "./LocalizedText";
import { directionOf } from "./Language";

describe("LocalizedText", () => {
  it("a text in Chinese and English is missing the other four languages", () => {
    const title = LocalizedText.parse({ zh: "讨论指南", en: "Discussion guide" });
    expect(missingLanguages(title)).toEqual(["ar", "fr", "ru", "es"]);
    expect(isComplete(title)).toBe(false);
  });

  it("a guide in all six languages is complete", () => {
    const text = LocalizedText.parse({
      ar: "دليل",
      zh: "指南",
      en: "Guide",
      fr: "Guide",
      ru: "Руководство",
      es: "Guía",
    });
    expect(isComplete(text)).toBe(true);
  });

  it("a text needs at least one language and rejects empty strings", () => {
    expect(LocalizedText.safeParse({}).success).toBe(false);
    expect(LocalizedText.safeParse({ en: "" }).success).toBe(false);
    expect(LocalizedText.safeParse({ de: "Leitfaden" }).success).toBe(false);
  });

  it("display falls back in order and says so", () => {
    const text = LocalizedText.parse({ zh: "指南", ar: "دليل" });
    expect(display(text, ["ar"])).toEqual({ text: "دليل", language: "ar", direction: "rtl", isFallback: false });
    const shown = display(text, ["en"]);
    expect(shown.language).toBe("zh");
    expect(shown.isFallback).toBe(true);
  });

  it("Arabic is right-to-left and the other five left-to-right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(["zh", "en", "fr", "ru", "es"].map((l) => directionOf(l as "zh"))).toEqual([
      "ltr",
      "ltr",
      "ltr",
      "ltr",
      "ltr",
    ]);
  });
});
