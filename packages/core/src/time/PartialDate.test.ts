import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PartialDate } from "./PartialDate";

describe("a partial date", () => {
  it("is a day of its month: 29 February 2020 is one, 29 February 2021 and 31 April 2020 are not", () => {
    expect(PartialDate.safeParse("2020-02-29").success).toBe(true);
    expect(PartialDate.safeParse("2021-02-29").success).toBe(false);
    expect(PartialDate.safeParse("2020-04-31").success).toBe(false);
    expect(PartialDate.safeParse("2020-12-31").success).toBe(true);
  });

  it("is accepted exactly when the calendar has that day", () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const calendar = new Date(Date.UTC(year, month - 1, day));
          expect(PartialDate.safeParse(text).success).toBe(calendar.getUTCDate() === day);
        },
      ),
      { numRuns: 2000 },
    ));
});
