import { describe, expect, it } from "vitest";
import { Session } from "../session/Session";
import { queryStoreOf } from "../store/LoadedStore.fixture";
import { storeLanguageCompleteness } from "./StoreLanguageCompleteness";

// The 30th session with its title in English and Chinese only, and its city in English,
// French and Russian: what a store looks like before the translations arrive.
const ccpcj30 = Session.parse({
  id: "ccpcj-30",
  bodyId: "ccpcj",
  designation: "session",
  number: 30,
  title: { en: "Thirtieth session", zh: "第三十届会议" },
  schedule: {
    dates: { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } },
    venue: { city: { en: "Vienna", fr: "Vienne", ru: "Вена" } },
    status: "held",
  },
  scheduleHistory: [],
});

describe("how complete each language is in a store", () => {
  it("counts every stored text per language and lists what each language lacks", async () => {
    const result = await queryStoreOf([{ kind: "session", record: ccpcj30 }], storeLanguageCompleteness);
    if (result._tag !== "Success") throw new Error("expected the rows");
    const row = (language: string) => result.success.find((completeness) => completeness.language === language);
    expect(result.success.map((completeness) => completeness.language)).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    expect(row("en")?.recordTexts).toEqual({ total: 2, present: 2 });
    expect(row("fr")?.recordTexts).toEqual({ total: 2, present: 1 });
    expect(row("fr")?.missing.map((text) => `${text.kind} ${text.id} ${text.field}`)).toEqual([
      "session ccpcj-30 title",
    ]);
    expect(row("ar")?.recordTexts.present).toBe(0);
    // Every official language ships with report templates.
    expect(result.success.every((completeness) => completeness.reportTemplates)).toBe(true);
  });
});
