import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitrarySession, arbitrarySessionDates } from "../testing/arbitraries/session";
import { Session } from "./Session";
import { ScheduleChangeKind, kindContradiction } from "./ScheduleChange";
import { currentDates, originalDates, reschedule, scheduleTimeline, timesRescheduled } from "./ScheduleHistory";

describe("Session properties", () => {
  it("every generated session is valid and parses to itself, so a store round trip keeps it", () => {
    fc.assert(
      fc.property(arbitrarySession, (session) => {
        expect(Session.parse(session)).toEqual(session);
      }),
      { numRuns: 200 },
    );
  });

  it("rescheduling keeps the original dates and every earlier change, and adds one step", () => {
    fc.assert(
      fc.property(arbitrarySession, arbitrarySessionDates, fc.nat(), (session, to, pick) => {
        const from = currentDates(session);
        const kinds = ScheduleChangeKind.options.filter((kind) => kindContradiction({ kind, from, to }) === undefined);
        const moved = reschedule(session, { kind: kinds[pick % kinds.length]!, to });
        expect(Session.safeParse(moved).success).toBe(true);
        expect(originalDates(moved)).toEqual(originalDates(session));
        expect(moved.scheduleHistory.slice(0, -1)).toEqual(session.scheduleHistory);
        expect(timesRescheduled(moved)).toBe(timesRescheduled(session) + 1);
        expect(scheduleTimeline(moved).map((step) => step.dates)).toEqual([
          ...scheduleTimeline(session).map((step) => step.dates),
          to,
        ]);
      }),
    );
  });
});
