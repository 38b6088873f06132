import { describe, expect, it } from "vitest";
import { Session } from "../session/Session";
import type { ReportContent } from "../report/ReportContent";
import { reportFixture } from "../testing/ReportFixture";
import type { ReportTemplateSet } from "../report/ReportTemplates";
import { queryStoreOf } from "../testing/LoadedStore";
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

// Only which languages hold a template set matters to completeness, not what the sets say.
const someSet = {} as ReportTemplateSet;
const content: ReportContent = { outline: { id: "outline", sections: [] }, templates: { en: someSet, zh: someSet } };
const mandate = reportFixture().mandates.find((candidate) => candidate.id === "a-res-74-173")!;

describe("how complete each language is in a store", () => {
  it("counts every stored text per language and lists what each language lacks", async () => {
    const result = await queryStoreOf(
      [{ kind: "session", record: ccpcj30 }],
      storeLanguageCompleteness(() => undefined),
    );
    if (result._tag !== "Success") throw new Error("expected the rows");
    const row = (language: string) => result.success.find((completeness) => completeness.language === language);
    expect(result.success.map((completeness) => completeness.language)).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    expect(row("en")?.recordTexts).toEqual({ total: 2, present: 2 });
    expect(row("fr")?.recordTexts).toEqual({ total: 2, present: 1 });
    expect(row("fr")?.missing.map((text) => `${text.kind} ${text.id} ${text.field}`)).toEqual([
      "session ccpcj-30 title",
    ]);
    expect(row("ar")?.recordTexts.present).toBe(0);
    // No stored mandate has report content, so no language has a report.
    expect(result.success.some((completeness) => completeness.reportTemplates)).toBe(false);
  });

  it("says a language has report templates when a stored mandate's report content has a set in it", async () => {
    const result = await queryStoreOf(
      [{ kind: "mandate", record: mandate }],
      storeLanguageCompleteness((mandateId) => (mandateId === "a-res-74-173" ? content : undefined)),
    );
    if (result._tag !== "Success") throw new Error("expected the rows");
    expect(result.success.filter((row) => row.reportTemplates).map((row) => row.language)).toEqual(["zh", "en"]);
  });
});
