import { describe, expect, it } from "vitest";
import { formatDateSpanIn, formatPartialDateIn, formatTimestampIn } from "./PartialDateText";

describe("a date as a reader's language writes it", () => {
  it("the opening day of the CCPCJ 30th session (17 May 2021) in the five languages besides English", () => {
    expect(formatPartialDateIn("2021-05-17", "zh")).toBe("2021年5月17日");
    expect(formatPartialDateIn("2021-05-17", "ar")).toBe("17 أيار/مايو 2021");
    expect(formatPartialDateIn("2021-05-17", "ru")).toBe("17 мая 2021 г.");
    expect(formatPartialDateIn("2021-05-17", "fr")).toBe("17 mai 2021");
    expect(formatPartialDateIn("2021-05-17", "es")).toBe("17 de mayo de 2021");
  });

  it("keeps the record's precision: a month stays a month, a year a year", () => {
    expect(formatPartialDateIn("2020-02", "zh")).toBe("2020年2月");
    expect(formatPartialDateIn("2020-02", "ar")).toBe("شباط/فبراير 2020");
    expect(formatPartialDateIn("2020-02", "es")).toBe("febrero de 2020");
    expect(formatPartialDateIn("2020", "ru")).toBe("2020");
    expect(formatPartialDateIn("2020", "zh")).toBe("2020年");
  });

  it("writes the first of a month as French does, and leaves English and what is not a date as they are", () => {
    expect(formatPartialDateIn("2021-03-01", "fr")).toBe("1er mars 2021");
    expect(formatPartialDateIn("2021-05-17", "en")).toBe("2021-05-17");
    expect(formatPartialDateIn("not a date", "zh")).toBe("not a date");
  });

  it("a span of dates joins its ends as the language does", () => {
    expect(formatDateSpanIn("2020-03", "2020-12", "zh")).toBe("2020年3月至2020年12月");
    expect(formatDateSpanIn("2018", "2020", "ar")).toBe("2018–2020");
    expect(formatDateSpanIn("2020-03", "2020-12", "fr")).toBe("mars 2020 – décembre 2020");
    expect(formatDateSpanIn("2020-03", "2020-12", "en")).toBe("2020-03–2020-12");
    expect(formatDateSpanIn("2020", "2020", "zh")).toBe("2020年");
  });

  it("an audit time reads as the day the language writes, then the UTC time; English keeps ISO", () => {
    expect(formatTimestampIn("2026-12-04T21:43:07.120Z", "zh")).toBe("2026年12月4日 21:43 UTC");
    expect(formatTimestampIn("2026-12-01T08:05:00Z", "fr")).toBe("1er décembre 2026 08:05 UTC");
    expect(formatTimestampIn("2026-12-04T21:43:07.120Z", "ar")).toBe("4 كانون الأول/ديسمبر 2026 21:43 UTC");
    expect(formatTimestampIn("2026-12-04T21:43:07.120Z", "en")).toBe("2026-12-04T21:43:07.120Z");
    expect(formatTimestampIn("yesterday", "ru")).toBe("yesterday");
  });
});
