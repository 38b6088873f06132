import { describe, expect, it } from "vitest";
import type { Session } from "./Session";
import type { SessionDates } from "./SessionDates";
import { SessionFilter, matchesSessionFilter } from "./SessionFilter";

function session(id: string, bodyId: string, dates: SessionDates, title?: Session["title"]): Session {
  return {
    id,
    bodyId,
    designation: "session",
    schedule: { dates, status: "scheduled" },
    scheduleHistory: [],
    provenance: [],
    ...(title === undefined ? {} : { title }),
  };
}

// The CCPCJ 30th session (17–21 May 2021), the ad hoc committee's organizational session set
// "no later than 1 March 2021", and an expert group meeting known only to be in April 2021.
const ccpcj30 = session(
  "ccpcj-30",
  "ccpcj",
  { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } },
  { en: "Thirtieth session of the Commission", zh: "委员会第三十届会议" },
);
const organizational = session("ahc-cybercrime-org", "ahc-cybercrime", { kind: "bound", notAfter: "2021-03-01" });
const stocktaking = session("eg-cybercrime-7", "eg-cybercrime", { kind: "period", period: { start: "2021-04" } });
const undated = session("eg-cybercrime-8", "eg-cybercrime", { kind: "unknown" });

describe("which sessions a filter asks for", () => {
  it("a body asks for that body's sessions and meetings", () => {
    expect(matchesSessionFilter(ccpcj30, { bodyId: "ccpcj" })).toBe(true);
    expect(matchesSessionFilter(stocktaking, { bodyId: "ccpcj" })).toBe(false);
  });

  it("a period asks for sessions that, as now scheduled, may open in it", () => {
    expect(matchesSessionFilter(ccpcj30, { period: { start: "2021-05" } })).toBe(true);
    expect(matchesSessionFilter(ccpcj30, { period: { start: "2021-05-18", end: "2021-12" } })).toBe(false);
    expect(matchesSessionFilter(stocktaking, { period: { start: "2021-04-06" } })).toBe(true);
    expect(matchesSessionFilter(organizational, { period: { start: "2020" } })).toBe(true);
    expect(matchesSessionFilter(organizational, { period: { start: "2021-04" } })).toBe(false);
  });

  it("a session whose dates are unknown matches no period, but every other criterion", () => {
    expect(matchesSessionFilter(undated, { period: { start: "0001", end: "9999" } })).toBe(false);
    expect(matchesSessionFilter(undated, { bodyId: "eg-cybercrime" })).toBe(true);
  });

  it("words are looked for in the id and the title in any language", () => {
    expect(matchesSessionFilter(ccpcj30, { text: "thirtieth COMMISSION" })).toBe(true);
    expect(matchesSessionFilter(ccpcj30, { text: "第三十届" })).toBe(true);
    expect(matchesSessionFilter(organizational, { text: "org" })).toBe(true);
    expect(matchesSessionFilter(ccpcj30, { text: "twentieth" })).toBe(false);
  });

  it("the schema validates the period it is given", () => {
    expect(SessionFilter.safeParse({ period: { start: "2021-13" } }).success).toBe(false);
    expect(SessionFilter.safeParse({ period: { start: "2021", end: "2020" } }).success).toBe(false);
  });
});
