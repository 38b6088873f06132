import { describe, expect, it } from "vitest";
import type { Language } from "../text/Language";
import type { Period } from "./Period";
import { formatPeriodIn } from "./PeriodInWords";

/** The period as a reader sees it: ICU's thin and narrow no-break spaces read as spaces. */
function read(period: Period, language: Language): string {
  return formatPeriodIn(period, language).replace(/[\u2009\u202f\u00a0]/g, " ");
}

// Each language's periods as its readers write them: a month, a year, a range of months of
// one year and across two, a range of years, a range of days, and ends given to different
// precisions (an activity "from February 2020" that the records say ended "in 2020").
describe.each([
  {
    language: "en",
    month: "February 2020",
    months: "February – December 2020",
    acrossYears: "November 2019 – March 2020",
    years: "2019–2021",
    days: "10 – 12 May 2021",
  },
  {
    language: "zh",
    month: "2020年2月",
    months: "2020年2月至12月",
    acrossYears: "2019年11月至2020年3月",
    years: "2019年至2021年",
    days: "2021年5月10日至12日",
  },
  {
    language: "ar",
    // Months as UN Arabic names them, both names (ICU writes only the second).
    month: "شباط/فبراير 2020",
    months: "شباط/فبراير – كانون الأول/ديسمبر 2020",
    acrossYears: "تشرين الثاني/نوفمبر 2019 – آذار/مارس 2020",
    years: "2019–2021",
    days: "10–12 أيار/مايو 2021",
  },
  {
    language: "fr",
    month: "février 2020",
    months: "février – décembre 2020",
    acrossYears: "novembre 2019 – mars 2020",
    years: "2019–2021",
    days: "10–12 mai 2021",
  },
  {
    language: "ru",
    month: "февраль 2020 г.",
    months: "февраль – декабрь 2020 г.",
    acrossYears: "ноябрь 2019 г. – март 2020 г.",
    years: "2019–2021",
    days: "10–12 мая 2021 г.",
  },
  {
    language: "es",
    month: "febrero de 2020",
    months: "febrero–diciembre de 2020",
    acrossYears: "noviembre de 2019 – marzo de 2020",
    years: "2019–2021",
    days: "10–12 de mayo de 2021",
  },
] as const)("a period in $language", ({ language, month, months, acrossYears, years, days }) => {
  it("writes a month, and a year alone", () => {
    expect(read({ start: "2020-02" }, language)).toBe(month);
    expect(read({ start: "2020-02", end: "2020-02" }, language)).toBe(month);
    expect(read({ start: "2020" }, language)).toMatch(/^2020/);
  });

  it("writes a range of months with the year once, or each end whole across two years", () => {
    expect(read({ start: "2020-02", end: "2020-12" }, language)).toBe(months);
    expect(read({ start: "2019-11", end: "2020-03" }, language)).toBe(acrossYears);
  });

  it("reads an end given as a year at the start's precision: February to 2020 is February to December", () => {
    expect(read({ start: "2020-02", end: "2020" }, language)).toBe(months);
  });

  it("writes a range of years and a range of days", () => {
    expect(read({ start: "2019", end: "2021" }, language)).toBe(years);
    expect(read({ start: "2021-05-10", end: "2021-05-12" }, language)).toBe(days);
  });
});

describe("an Arabic period", () => {
  it("names June and July as UN Arabic spells them, not as ICU does", () => {
    expect(read({ start: "2021-06", end: "2021-07" }, "ar")).toBe("حزيران/يونيه – تموز/يوليه 2021");
    expect(read({ start: "2021-06-30" }, "ar")).not.toMatch(/يونيو|يوليو/u);
  });
});

describe("a date alone", () => {
  it("writes the first of a month as French does, and leaves a text that is no date as it is", () => {
    expect(read({ start: "2021-03-01" }, "fr")).toBe("1er mars 2021");
    expect(read({ start: "2021-03-01", end: "2021-03-03" }, "fr")).toBe("1–3 mars 2021");
    expect(formatPeriodIn({ start: "not a date" }, "zh")).toBe("not a date");
    expect(formatPeriodIn({ start: "2021-13" }, "ar")).toBe("2021-13");
  });
});
