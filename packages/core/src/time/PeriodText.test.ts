import { describe, expect, it } from "vitest";
import { overlaps } from "./Period";
import { parsePeriod, periodBetween } from "./PeriodText";

function period(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe("a period as people write it", () => {
  it("one date is that year, month or day", () => {
    expect(period("2020")).toEqual({ start: "2020" });
    expect(period(" 2020-06 ")).toEqual({ start: "2020-06" });
    expect(period("2020-06-15")).toEqual({ start: "2020-06-15" });
  });

  it("two dates joined by / or .. run from the start of the first to the end of the second", () => {
    expect(period("2020-01/2020-06")).toEqual({ start: "2020-01", end: "2020-06" });
    expect(period("2019..2021")).toEqual({ start: "2019", end: "2021" });
  });

  it("a side left out is open: 2020/ is 2020 onwards, /2019 reaches nothing in 2020", () => {
    expect(overlaps(period("2020/"), { start: "2035-03" })).toBe(true);
    expect(overlaps(period("2020.."), { start: "2019-12" })).toBe(false);
    expect(overlaps(period("/2019"), { start: "2020-01" })).toBe(false);
    expect(overlaps(period("/2019"), { start: "1950" })).toBe(true);
  });

  it("a text that is no period says which text and how to write one", () => {
    for (const text of ["", "/", "2020-13", "June 2020", "2020/2021/2022", "2021/2020"]) {
      const parsed = parsePeriod(text);
      expect(parsed.ok, text).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error._tag).toBe("InvalidPeriod");
      expect(parsed.error.message).toContain(JSON.stringify(text));
      expect(parsed.error.message).toContain("START/END");
    }
  });

  it("a period that ends before it starts is refused for that reason", () => {
    const parsed = parsePeriod("2021/2020");
    expect(!parsed.ok && parsed.error.reason).toMatch(/cannot end before it starts/);
  });
});

describe("the period between two dates of a list filter", () => {
  it("--from 2020 is 2020 onwards, not the year 2020", () => {
    expect(periodBetween("2020", undefined)).toEqual(parsePeriod("2020/"));
    expect(periodBetween(undefined, "2021")).toEqual(parsePeriod("/2021"));
    expect(periodBetween("2019", "2021")).toEqual({ ok: true, value: { start: "2019", end: "2021" } });
  });

  it("no date given is no period at all", () => {
    expect(periodBetween(undefined, undefined)).toBeUndefined();
  });
});
