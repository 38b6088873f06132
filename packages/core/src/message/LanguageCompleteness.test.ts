import { describe, expect, it } from "vitest";
import { checkLanguages, recordTexts } from "./LanguageCompleteness";

const activity = {
  id: "act-webinars",
  title: { en: "Webinar series", zh: "网络研讨会系列" },
  places: [{ role: "venue", city: { en: "Vienna", fr: "Vienne" } }],
  languages: ["en", "fr"],
  summary: { en: "" },
};

describe("checkLanguages", () => {
  it("finds a record's texts wherever they sit, and not its lists of language codes", () => {
    expect(recordTexts("activity", activity)).toEqual([
      { kind: "activity", id: "act-webinars", field: "title", languages: ["en", "zh"] },
      { kind: "activity", id: "act-webinars", field: "places.0.city", languages: ["en", "fr"] },
      { kind: "activity", id: "act-webinars", field: "summary", languages: [] },
    ]);
  });

  it("says per language which record texts, catalogs and templates are missing", () => {
    const rows = checkLanguages({
      reportTemplates: ["en", "zh", "fr"],
      catalogs: { cli: ["en", "zh"] },
      recordTexts: recordTexts("activity", activity),
    });
    const fr = rows.find((row) => row.language === "fr");
    expect(fr?.reportTemplates).toBe(true);
    expect(fr?.catalogsMissing).toEqual(["cli"]);
    expect(fr?.recordTexts).toEqual({ total: 3, present: 1 });
    expect(fr?.missing.map((text) => text.field)).toEqual(["title", "summary"]);
    const ar = rows.find((row) => row.language === "ar");
    expect([ar?.reportTemplates, ar?.recordTexts.present]).toEqual([false, 0]);
    expect(rows.map((row) => row.language)).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
  });
});
