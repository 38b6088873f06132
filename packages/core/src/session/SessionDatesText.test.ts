import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../text/Language";
import { describeDates, type SessionDates } from "./SessionDates";
import { describeDatesIn } from "./SessionDatesText";
import { SESSION_FORMAT_LABELS, SESSION_STATUS_LABELS } from "./SessionLabels";

const thirtieth: SessionDates = {
  kind: "period",
  period: { start: "2021-05-17", end: "2021-05-21" },
  durationDays: 5,
};
const byMarch: SessionDates = { kind: "bound", notBefore: "2021-01", notAfter: "2021-03-01" };

describe("a session's dates in the reader's language", () => {
  it("English reads as describeDates", () => {
    for (const dates of [thirtieth, byMarch, { kind: "unknown" } as const])
      expect(describeDatesIn(dates, "en")).toBe(describeDates(dates));
    expect(describeDatesIn(thirtieth, "en")).toBe("2021-05-17 to 2021-05-21 (5 days)");
    expect(describeDatesIn({ kind: "unknown", durationDays: 1 }, "en")).toBe("dates not known (1 day)");
  });

  it("a period runs from its first to its last day, and its length is counted in the language's plural", () => {
    expect(describeDatesIn(thirtieth, "fr")).toBe("du 17 mai 2021 au 21 mai 2021 (5\u00a0jours)");
    expect(describeDatesIn(thirtieth, "ru")).toBe("с 17 мая 2021 г. по 21 мая 2021 г. (5 дней)");
    expect(describeDatesIn({ ...thirtieth, durationDays: 3 }, "ru")).toBe("с 17 мая 2021 г. по 21 мая 2021 г. (3 дня)");
    expect(describeDatesIn(thirtieth, "zh")).toBe("2021年5月17日至2021年5月21日（5天）");
  });

  it("bounds are joined as the language joins two phrases", () => {
    // A month stays as the record writes it where the phrase would need another preposition or case.
    expect(describeDatesIn(byMarch, "es")).toBe("no antes del 2021-01 y a más tardar el 1 de marzo de 2021");
    expect(describeDatesIn(byMarch, "zh")).toBe("不早于2021年1月和不晚于2021年3月1日");
    expect(describeDatesIn({ kind: "bound", notAfter: "2021-03-01" }, "ar")).toBe("في موعد أقصاه 1 آذار/مارس 2021");
  });

  it("dates not known say so, in no English word", () => {
    for (const language of LANGUAGES.filter((code) => code !== "en"))
      expect(describeDatesIn({ kind: "unknown" }, language)).not.toContain("not known");
    for (const language of ["ar", "zh", "ru"] as const)
      expect(describeDatesIn({ kind: "unknown" }, language)).not.toMatch(/[A-Za-z]/u);
  });

  it("in running text, a period closes up on what its ends share and English writes its dates", () => {
    // ICU's thin and narrow no-break spaces read as spaces.
    const reading = (dates: SessionDates, language: Language) =>
      describeDatesIn(dates, language, "reading").replace(/[\u2009\u202f\u00a0]/gu, " ");
    expect(reading(thirtieth, "en")).toBe("17 – 21 May 2021 (5 days)");
    expect(reading(thirtieth, "zh")).toBe("2021年5月17日至21日（5天）");
    expect(reading(thirtieth, "fr")).toBe("17–21 mai 2021 (5 jours)");
    expect(reading(thirtieth, "ar")).toMatch(/^17–21 أيار\/مايو 2021 \(/u);
    expect(reading({ kind: "bound", notAfter: "2021-03-01" }, "en")).toBe("no later than 1 March 2021");
    expect(reading({ kind: "bound", notAfter: "2021-03-01" }, "ru")).toBe("не позднее 1 марта 2021 г.");
    expect(reading({ kind: "unknown" }, "es")).toBe("fechas desconocidas");
  });

  it("every status and format has a label in all six languages", () => {
    for (const labels of [SESSION_STATUS_LABELS, SESSION_FORMAT_LABELS])
      for (const label of Object.values(labels)) expect(Object.keys(label).sort()).toEqual([...LANGUAGES].sort());
  });
});
