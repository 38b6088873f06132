import { describe, expect, it } from "vitest";
import { generalAssemblySessionYear, latestGeneralAssemblySession, ordinal } from "./SessionNumbering";

describe("General Assembly sessions", () => {
  it("session n opens in September of 1945 + n: the 74th in 2019, the 64th in 2009", () => {
    expect(generalAssemblySessionYear(74)).toBe(2019);
    expect(generalAssemblySessionYear(64)).toBe(2009);
  });

  it("the latest session changes in September", () => {
    expect(latestGeneralAssemblySession(new Date("2021-08-31T23:59:59Z"))).toBe(75);
    expect(latestGeneralAssemblySession(new Date("2021-09-01T00:00:00Z"))).toBe(76);
    expect(latestGeneralAssemblySession(new Date("2011-04-11T00:00:00Z"))).toBe(65);
  });
});

describe("ordinals", () => {
  it("writes 1st, 2nd, 3rd, 4th, and 11th to 13th with th", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 624].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
      "624th",
    ]);
  });
});
