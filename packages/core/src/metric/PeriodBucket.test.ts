import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryMetricPeriod } from "../testing/arbitraries/metric";
import { within } from "../time/Period";
import { bucketOf, compareByEnd, periodHull } from "./PeriodBucket";

describe("bucketOf", () => {
  it("puts a figure of one year or one month in that year or month", () => {
    expect(bucketOf({ start: "2020" }, "year")).toBe("2020");
    expect(bucketOf({ start: "2020-07-27", end: "2020-07-29" }, "month")).toBe("2020-07");
    expect(bucketOf({ start: "2020-07-27", end: "2020-07-29" }, "year")).toBe("2020");
  });

  it("never splits a figure: 263 cases in 2018–2020 stay in one span bucket (¶21)", () => {
    expect(bucketOf({ start: "2018", end: "2020" }, "year")).toBe("2018/2020");
    expect(bucketOf({ start: "2020" }, "month")).toBe("2020-01/2020-12");
    expect(bucketOf({ start: "2020-03", end: "2020-05-10" }, "month")).toBe("2020-03/2020-05");
  });
});

describe("periodHull", () => {
  it("spans all the periods, whatever their order", () => {
    fc.assert(
      fc.property(fc.array(arbitraryMetricPeriod, { minLength: 1, maxLength: 5 }), (periods) => {
        const hull = periodHull(periods as [(typeof periods)[0], ...typeof periods]);
        expect(periodHull([...periods].reverse() as [(typeof periods)[0], ...typeof periods])).toEqual(hull);
        return periods.every((period) => within(period, hull));
      }),
    );
  });

  it("keeps dates as written and drops an end equal to the start", () => {
    expect(periodHull([{ start: "2020-02" }, { start: "2020-07", end: "2020-09" }])).toEqual({
      start: "2020-02",
      end: "2020-09",
    });
    expect(periodHull([{ start: "2020" }, { start: "2020" }])).toEqual({ start: "2020" });
  });
});

describe("compareByEnd", () => {
  it("orders by end, then by start", () => {
    expect(compareByEnd({ start: "2019" }, { start: "2020-12" })).toBeLessThan(0);
    expect(compareByEnd({ start: "2020" }, { start: "2020-12" })).toBeLessThan(0);
    expect(compareByEnd({ start: "2020-12" }, { start: "2020-12-01", end: "2020-12-31" })).toBe(0);
  });
});
