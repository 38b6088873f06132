import { describe, expect, it } from "vitest";
import { SessionDates, describeDates, openingDay, openingWindow, sameSessionDates } from "./SessionDates";

describe("SessionDates", () => {
  it("'due August 2020, three days' opens some day in August 2020", () => {
    const due = SessionDates.parse({ kind: "period", period: { start: "2020-08" }, durationDays: 3 });
    expect(openingWindow(due)).toEqual({ earliest: "2020-08-01", latest: "2020-08-31" });
    expect(openingDay(due)).toBeUndefined();
  });

  it("'no later than 1 March 2021' bounds only the latest opening day", () => {
    const bound = SessionDates.parse({ kind: "bound", notAfter: "2021-03-01" });
    expect(openingWindow(bound)).toEqual({ latest: "2021-03-01" });
    expect(describeDates(bound)).toBe("no later than 2021-03-01");
  });

  it("a session held 10 to 12 May 2021 opens on 10 May", () => {
    const held = SessionDates.parse({ kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } });
    expect(openingDay(held)).toBe("2021-05-10");
  });

  it("a start known to the month cannot open after the known last day", () => {
    const dates = SessionDates.parse({ kind: "period", period: { start: "2011-04", end: "2011-04-15" } });
    expect(openingWindow(dates)).toEqual({ earliest: "2011-04-01", latest: "2011-04-15" });
  });

  it("unknown dates say nothing about the opening", () => {
    expect(openingWindow({ kind: "unknown" })).toEqual({});
    expect(describeDates({ kind: "unknown", durationDays: 3 })).toBe("dates not known (3 days)");
  });

  it("a bound needs at least one side, in order", () => {
    expect(SessionDates.safeParse({ kind: "bound" }).success).toBe(false);
    expect(SessionDates.safeParse({ kind: "bound", notBefore: "2021-04", notAfter: "2021-03-01" }).success).toBe(false);
    expect(SessionDates.safeParse({ kind: "bound", notBefore: "2021-02", notAfter: "2021-03-01" }).success).toBe(true);
  });

  it("a stated length must agree with exact first and last days", () => {
    const period = { start: "2021-01-20", end: "2021-01-22" };
    expect(SessionDates.safeParse({ kind: "period", period, durationDays: 3 }).success).toBe(true);
    expect(SessionDates.safeParse({ kind: "period", period, durationDays: 5 }).error?.issues[0]?.message).toBe(
      "durationDays disagrees with the period's first and last day",
    );
  });

  it("dates compare by content, not by key order", () => {
    expect(sameSessionDates({ kind: "bound", notAfter: "2021-03-01" }, { notAfter: "2021-03-01", kind: "bound" })).toBe(
      true,
    );
    expect(
      sameSessionDates({ kind: "bound", notAfter: "2021-03-01" }, { kind: "bound", notBefore: "2021-03-01" }),
    ).toBe(false);
  });
});
