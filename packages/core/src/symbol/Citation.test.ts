import { describe, expect, it } from "vitest";
import { Citation, citationNumber, formatCitation } from "./Citation";

const resolution74_173 = { bodyId: "ga", kind: "resolution", session: 74, number: 173 } as const;
const decision2010_243 = { bodyId: "ecosoc", kind: "decision", year: 2010, number: 243 } as const;
const resolution22_8 = { bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 } as const;

describe("formatting citations", () => {
  it("in English, with the body's full name or its acronym", () => {
    expect(formatCitation(resolution74_173)).toBe("General Assembly resolution 74/173");
    expect(formatCitation(decision2010_243, "en")).toBe("Economic and Social Council decision 2010/243");
    expect(formatCitation(resolution22_8, "en", { short: true })).toBe("CCPCJ resolution 22/8");
  });

  it("in Chinese, as 第…号决议 and 第…号决定", () => {
    expect(formatCitation(resolution74_173, "zh")).toBe("大会第74/173号决议");
    expect(formatCitation(decision2010_243, "zh")).toBe("经济及社会理事会第2010/243号决定");
    expect(formatCitation(resolution22_8, "zh")).toBe("预防犯罪和刑事司法委员会第22/8号决议");
  });

  it("the number is session or year, slash, number", () => {
    expect(citationNumber(decision2010_243)).toBe("2010/243");
    expect(citationNumber(resolution22_8)).toBe("22/8");
  });
});

describe("the Citation model", () => {
  it("the body decides whether the first number is a session or a year", () => {
    expect(Citation.safeParse(resolution74_173).success).toBe(true);
    expect(Citation.safeParse({ bodyId: "ecosoc", kind: "decision", session: 10, number: 243 }).success).toBe(false);
    expect(Citation.safeParse({ bodyId: "ga", kind: "resolution", year: 2019, number: 173 }).success).toBe(false);
  });

  it("General Assembly numbers begin with the 31st session, ECOSOC years with 1978", () => {
    expect(Citation.safeParse({ ...resolution74_173, session: 30 }).success).toBe(false);
    expect(Citation.safeParse({ ...decision2010_243, year: 1977 }).success).toBe(false);
  });
});
