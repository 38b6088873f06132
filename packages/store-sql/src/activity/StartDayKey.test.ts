import { describe, expect, it } from "vitest";
import { startDayKey, startDayOfKey } from "./StartDayKey";

describe("an activity's start day as a facet row's key", () => {
  it("keeps the order of the days and reads back as core's day, four-digit years included", () => {
    const days = ["0001-01-01", "0999-12-31", "1000-01-01", "1999-12-31", "2019-05-07", "9999-12-31"];
    const keys = days.map(startDayKey);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(keys.map(startDayOfKey)).toEqual(days);
    expect(startDayKey("2019-05-07")).toBe(20_190_507);
  });
});
