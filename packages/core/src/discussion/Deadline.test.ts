import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlineBefore, describeDeadline, meetsDeadline, monthsBefore } from "./Deadline";

const day = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe("deadlines before a session", () => {
  it("two months before 11 April 2011 is 11 February 2011", () => {
    expect(monthsBefore("2011-04-11", 2)).toBe("2011-02-11");
    expect(monthsBefore("2011-01-15", 2)).toBe("2010-11-15");
  });

  it("a day that the earlier month lacks falls back to that month's last day", () => {
    expect(monthsBefore("2021-03-31", 1)).toBe("2021-02-28");
    expect(monthsBefore("2020-04-30", 2)).toBe("2020-02-29");
  });

  it("moving back a month always lands 28 to 31 days earlier", () => {
    fc.assert(
      fc.property(day, (value) => {
        const gap = (Date.parse(value) - Date.parse(monthsBefore(value, 1))) / 86_400_000;
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
      }),
    );
  });

  it("a date is on time, late, or undetermined when it straddles the deadline", () => {
    const deadline = deadlineBefore({ earliest: "2011-04-11", latest: "2011-04-11" }, 2);
    expect(meetsDeadline("2011-02-11", deadline)).toBe("on-time");
    expect(meetsDeadline("2011-02-12", deadline)).toBe("late");
    expect(meetsDeadline("2011-02", deadline)).toBe("undetermined");
    expect(meetsDeadline("2011-01", deadline)).toBe("on-time");
    expect(meetsDeadline("2011-03", deadline)).toBe("late");
  });

  it("an unknown opening gives an unknown deadline that nothing meets or misses", () => {
    expect(meetsDeadline("1990-01-01", deadlineBefore({}, 1))).toBe("undetermined");
    expect(describeDeadline(deadlineBefore({}, 1), 1, "the session")).toBe(
      "an unknown deadline, one month before the session",
    );
  });
});
